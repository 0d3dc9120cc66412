import { DataAwsSecretsmanagerSecretVersion } from '@cdktf/provider-aws/lib/data-aws-secretsmanager-secret-version';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { PostgresqlProvider } from '@cdktf/provider-postgresql/lib/provider';
import { Fn } from 'cdktf';
import { AwsAccountContext } from './account-context';
import { AwsPlatform } from './platform';
import { AwsStorage } from './storage';
import { AwsTenantCacheUser } from './tenant-cache-user';
import { TenantDatabase } from '../pool/tenant-database';
import { awsWorkloadRoleName } from './workload-access';
import type { SliceBuilder } from '../cloud-kit/slice';

/** RDS grants IAM database authentication to members of this role. */
const RDS_IAM_ROLE = 'rds_iam';

/**
 * AWS: the tenant's own S3 bucket (the pool's storage key; object access for its workload role only), its own
 * database and login role on the pool's RDS server (the PostgreSQL provider signs in as the RDS master user with
 * the password RDS keeps in Secrets Manager, read at plan time, never written in the JSON), and its own
 * ElastiCache user confined to `<tenant>:` keys. The workload role may connect to exactly these.
 */
export const awsSlice: SliceBuilder = {
  build({ stack, tenant, pool }) {
    const id = tenant.spec.id;
    const platform = pool.platform;
    if (!(platform instanceof AwsPlatform)) throw new Error(`pool '${pool.stackName}' is not an AWS platform`);
    const account = new AwsAccountContext(stack, 'account');
    const roleName = awsWorkloadRoleName(id);
    const roleArn = `arn:${account.partition}:iam::${account.accountId}:role/${roleName}`;

    const storage = new AwsStorage(stack, 'storage', {
      name: id,
      account,
      kmsKeyArn: platform.encryption.keyFor('storage').arn,
      accessLogging: tenant.sizing.security.accessLogging,
      accessLogRetentionDays: tenant.sizing.monitoring.logRetentionDays,
      dataAccessPrincipalArns: [roleArn],
    });

    const server = platform.database.instance;
    const master = new DataAwsSecretsmanagerSecretVersion(stack, 'database-master-secret', {
      secretId: server.masterUserSecret.get(0).secretArn,
    });
    new PostgresqlProvider(stack, 'postgresql', {
      host: server.address,
      port: server.port,
      database: 'postgres',
      username: server.username,
      password: Fn.lookup(Fn.jsondecode(master.secretString), 'password', ''),
      sslmode: 'require',
      superuser: false,
    });
    const database = new TenantDatabase(stack, 'database', { tenantId: id, login: { kind: 'new-role', memberOf: [RDS_IAM_ROLE] } });
    const cacheUser = new AwsTenantCacheUser(stack, 'cache-user', {
      tenantId: id,
      poolName: pool.resourceName,
      userGroupId: platform.cache.userGroup.userGroupId,
    });

    return {
      bucketName: storage.bucket.bucket,
      databaseName: database.database.name,
      grant(access) {
        // The role is created by the workload access; naming it through its ARN orders this policy after it.
        new IamRolePolicy(stack, 'workload-data-access', {
          role: Fn.element(Fn.split('/', access.identity), 1),
          name: 'tenant-database-and-cache',
          policy: JSON.stringify({
            Version: '2012-10-17',
            Statement: [
              {
                Sid: 'ConnectAsTenantDatabaseRole',
                Effect: 'Allow',
                Action: 'rds-db:connect',
                Resource: `arn:${account.partition}:rds-db:${account.region}:${account.accountId}:dbuser:${server.resourceId}/${database.roleName}`,
              },
              {
                Sid: 'ConnectAsTenantCacheUser',
                Effect: 'Allow',
                Action: 'elasticache:Connect',
                Resource: [platform.cache.replicationGroup.arn, cacheUser.user.arn],
              },
            ],
          }),
        });
      },
    };
  },
};
