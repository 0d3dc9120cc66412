import { PostgresqlProvider } from '@cdktf/provider-postgresql/lib/provider';
import { ephemeralResource } from '../cloud-kit/ephemeral';
import { CLOUD_SQL_LOGIN_SCOPE } from './database-administrator';
import { GcpPlatform } from './platform';
import { GcpProjectContext } from './project-context';
import { GcpStorage } from './storage';
import { GcpTenantSqlAccess } from './tenant-sql-access';
import { POSTGRES_PORT, TenantDatabase, tenantDatabaseName } from '../pool/tenant-database';
import type { SliceBuilder } from '../cloud-kit/slice';

/** How long the provisioner's sign-in token lives: a slice's apply, with room. */
const PROVISIONER_TOKEN_LIFETIME = '1800s';

/**
 * GCP: the tenant's own Cloud Storage bucket (uniform access, public access prevention, versioning, the pool's
 * storage key when the pool has customer-managed keys) that the workload access opens to the tenant's service
 * account only; its own database on the pool's Cloud SQL instance, made through the PostgreSQL provider (signed in
 * as the pool's provisioner with a short-lived IAM token that is never stored: no password is read), usable by an
 * IAM database user for that service account and by no other tenant; the Cloud SQL instance-user and client roles
 * limited to the pool's instance. Memorystore for Redis has no per-user access control, so a slice gets no cache
 * access (docs/pools.md).
 */
export const gcpSlice: SliceBuilder = {
  build({ stack, tenant, pool }) {
    const id = tenant.spec.id;
    const platform = pool.platform;
    if (!(platform instanceof GcpPlatform)) throw new Error(`pool '${pool.stackName}' is not a GCP platform`);
    const administrator = platform.databaseAdministrator;
    if (!administrator) throw new Error(`pool '${pool.stackName}' has no database administrator for its slices to sign in as`);
    const project = new GcpProjectContext(stack, 'project', { region: tenant.spec.region });

    const storage = new GcpStorage(stack, 'storage', {
      name: id,
      projectNumber: project.projectNumber,
      region: tenant.spec.region,
      kmsKeyId: platform.encryption?.keyFor('storage').id,
      accessLogging: tenant.sizing.security.accessLogging,
      accessLogRetentionDays: tenant.sizing.monitoring.logRetentionDays,
    });
    const instance = platform.database.instance;
    // A short-lived OAuth token of the provisioner, minted by the deployer and never stored (ephemeral): Cloud SQL
    // takes it as the password of the provisioner's IAM user (manual IAM database authentication).
    const token = ephemeralResource(stack, 'google_service_account_access_token', 'database_provisioner', {
      target_service_account: administrator.provisioner.email,
      scopes: [CLOUD_SQL_LOGIN_SCOPE],
      lifetime: PROVISIONER_TOKEN_LIFETIME,
    });
    new PostgresqlProvider(stack, 'postgresql', {
      host: instance.privateIpAddress,
      port: POSTGRES_PORT,
      database: 'postgres',
      username: administrator.provisionerUser.name,
      password: token.attribute('access_token'),
      // The instance accepts encrypted connections only (ssl_mode ENCRYPTED_ONLY), without client certificates.
      sslmode: 'require',
      superuser: false,
    });

    return {
      bucketName: storage.bucket.name,
      databaseName: tenantDatabaseName(id),
      grant(access) {
        const sqlAccess = new GcpTenantSqlAccess(stack, 'database-access', {
          projectId: project.projectId,
          instanceName: instance.name,
          serviceAccountEmail: access.identity,
        });
        // The IAM user's role is created by Cloud SQL: naming it through the user orders the database after it.
        new TenantDatabase(stack, 'database', { tenantId: id, login: { kind: 'existing-role', name: sqlAccess.user.name } });
      },
    };
  },
};
