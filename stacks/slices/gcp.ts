import { SqlDatabase } from '@cdktf/provider-google/lib/sql-database';
import { GcpPlatform } from '../../lib/gcp/platform';
import { GcpProjectContext } from '../../lib/gcp/project-context';
import { GcpStorage } from '../../lib/gcp/storage';
import { GcpTenantSqlAccess } from '../../lib/pool/gcp/tenant-sql-access';
import type { SliceBuilder } from './slice-builder';

/**
 * GCP: the tenant's own Cloud Storage bucket (uniform access, public access prevention, versioning, the pool's
 * storage key when the pool has customer-managed keys) that the workload access opens to the tenant's service
 * account only; its own database on the pool's Cloud SQL instance with an IAM database user for that service
 * account and the Cloud SQL instance-user and client roles limited to the pool's instance. Memorystore for Redis
 * has no per-user access control, so a slice gets no cache access (docs/pools.md).
 */
export const gcpSlice: SliceBuilder = {
  build({ stack, tenant, pool }) {
    const id = tenant.spec.id;
    const platform = pool.platform;
    if (!(platform instanceof GcpPlatform)) throw new Error(`pool '${pool.node.id}' is not a GCP platform`);
    const project = new GcpProjectContext(stack, 'project', { region: tenant.spec.region });

    const storage = new GcpStorage(stack, 'storage', {
      name: id,
      projectNumber: project.projectNumber,
      region: tenant.spec.region,
      kmsKeyId: platform.encryption?.keyFor('storage').id,
      accessLogging: tenant.sizing.security.accessLogging,
      accessLogRetentionDays: tenant.sizing.monitoring.logRetentionDays,
    });
    const instanceName = platform.database.instance.name;
    const database = new SqlDatabase(stack, 'database', { name: id.replace(/-/g, '_'), instance: instanceName });

    return {
      bucketName: storage.bucket.name,
      databaseName: database.name,
      grant(access) {
        new GcpTenantSqlAccess(stack, 'database-access', { projectId: project.projectId, instanceName, serviceAccountEmail: access.identity });
      },
    };
  },
};
