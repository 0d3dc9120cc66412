import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { PostgresqlProvider } from '@cdktf/provider-postgresql/lib/provider';
import type { TerraformStack } from 'cdktf';
import { ephemeralResource } from '../cloud-kit/ephemeral';
import type { PlatformBuilder } from '../cloud-kit/platform';
import { DatabaseProvisioner } from '../pool/tenant-database';
import type { AwsDatabase } from './database';
import { awsMetricsSubnetCidrs } from './network';
import { AwsPlatform } from './platform';

/** RDS grants IAM database authentication to members of this role (RDS user guide, UsingWithRDS.IAMDBAuth.DBAccounts). */
export const RDS_IAM_ROLE = 'rds_iam';

/**
 * AWS: the provider in the target's region with default tags, and the AWS platform in the target's address block,
 * with the deployer and admins as cluster admins, the runner networks admitted (and routed through the transit
 * gateway) and the alert receivers subscribed. With `databaseAdministrator` (a pool), the pool's provisioner role.
 */
export const awsPlatformBuilder: PlatformBuilder = {
  build(stack, { name, region, sizing, tags, access, addressBlock, alertReceivers, databaseAdministrator }) {
    new AwsProvider(stack, 'aws', { region, defaultTags: [{ tags }] });
    const platform = new AwsPlatform(stack, 'platform', {
      name,
      sizing,
      vpcCidr: addressBlock,
      deployerRoleArn: access?.deployer.aws?.roleArn,
      adminPrincipalArns: access?.admins.aws.roleArns,
      runnerCidrs: access?.runners.cidrs,
      runnerDatabaseAccess: databaseAdministrator,
      transitGatewayId: access?.runners.aws?.transitGatewayId,
      alertReceivers,
    });
    if (databaseAdministrator) databaseProvisioner(stack, platform.database);
    const cluster = platform.cluster.cluster;
    const outputs = {
      clusterName: cluster.name,
      clusterEndpoint: cluster.endpoint,
      clusterCaCertificate: cluster.certificateAuthority.get(0).data,
      databaseEndpoint: platform.database.instance.address,
      cacheEndpoint: platform.cache.replicationGroup.primaryEndpointAddress,
      bucketName: platform.storage.bucket.bucket,
      metricsSources: {
        cidrs: awsMetricsSubnetCidrs(platform.network.cidr, sizing.zones.length),
        subnetIds: platform.network.metricsSubnets.map((subnet) => subnet.id),
      },
    };
    return { outputs, platform };
  },
};

/**
 * The pool server's provisioner, made as the RDS master user: its password, which RDS keeps in Secrets Manager, is
 * read through an ephemeral resource into the PostgreSQL provider's configuration only, so it reaches neither state
 * nor plan. The provisioner signs in with IAM (member of rds_iam), so the slices need no password at all.
 */
function databaseProvisioner(stack: TerraformStack, database: AwsDatabase): DatabaseProvisioner {
  const server = database.instance;
  const master = ephemeralResource(stack, 'aws_secretsmanager_secret_version', 'database_master_secret', {
    secret_id: server.masterUserSecret.get(0).secretArn,
  });
  new PostgresqlProvider(stack, 'postgresql', {
    host: server.address,
    port: server.port,
    database: 'postgres',
    username: server.username,
    password: `\${jsondecode(${master.expression('secret_string')})["password"]}`,
    sslmode: 'require',
    superuser: false,
  });
  return new DatabaseProvisioner(stack, 'database-provisioner', { grantableRoles: [RDS_IAM_ROLE] });
}
