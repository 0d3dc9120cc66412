import { DbInstance } from '@cdktf/provider-aws/lib/db-instance';
import { DbParameterGroup } from '@cdktf/provider-aws/lib/db-parameter-group';
import { DbSubnetGroup } from '@cdktf/provider-aws/lib/db-subnet-group';
import { Fn, TerraformResource } from 'cdktf';
import { Construct } from 'constructs';
import type { DatabaseClass } from '../model/enums';
import { serviceSecurityGroup } from './security-group';
import { AWS_DATABASE_CLASSES } from './sizes';

/** PostgreSQL major version; RDS picks the newest minor and upgrades minors automatically. */
export const RDS_POSTGRES_MAJOR_VERSION = '16';
const POSTGRES_PORT = 5432;

export interface AwsDatabaseProps {
  /** Name prefix; the instance is `<name>-postgres`. */
  readonly name: string;
  readonly vpcId: string;
  /** Subnets without internet routes. */
  readonly subnetIds: string[];
  /** Security groups allowed to connect (the cluster's). */
  readonly allowedSecurityGroupIds: string[];
  readonly databaseClass: DatabaseClass;
  /** Allocated storage, GB. */
  readonly storageGb: number;
  /** Ceiling for storage autoscaling, GB. @default twice storageGb */
  readonly maxStorageGb?: number;
  /** Automated backup retention, days (1-35). */
  readonly backupRetentionDays: number;
  /** Synchronous standby in a second zone. @default false */
  readonly multiAz?: boolean;
  /** Refuse `terraform destroy` of the instance. @default true */
  readonly deletionProtection?: boolean;
  /** Key for storage, the managed master secret and Performance Insights. */
  readonly kmsKeyArn: string;
  /** Initial database name. @default 'app' */
  readonly databaseName?: string;
  /** Ranges allowed to connect besides the cluster: the runner networks, where Terraform runs SQL (pools). @default [] */
  readonly allowedCidrs?: readonly string[];
}

/**
 * RDS for PostgreSQL in private subnets: encrypted with the tenant key, TLS enforced (`rds.force_ssl`), master
 * password managed by RDS in Secrets Manager (never in Terraform state or JSON), IAM authentication, logs to
 * CloudWatch and a final snapshot on deletion.
 */
export class AwsDatabase extends Construct {
  readonly instance: DbInstance;

  constructor(scope: Construct, id: string, props: AwsDatabaseProps) {
    super(scope, id);
    const subnetGroup = new DbSubnetGroup(this, 'subnets', {
      name: `${props.name}-postgres`,
      subnetIds: props.subnetIds,
      description: `${props.name} PostgreSQL subnets`,
    });
    const securityGroup = serviceSecurityGroup(this, 'sg', {
      name: `${props.name}-postgres`,
      description: 'PostgreSQL',
      vpcId: props.vpcId,
      port: POSTGRES_PORT,
      allowedSecurityGroupIds: props.allowedSecurityGroupIds,
      allowedCidrs: props.allowedCidrs,
    });
    const parameters = new DbParameterGroup(this, 'parameters', {
      name: `${props.name}-postgres${RDS_POSTGRES_MAJOR_VERSION}`,
      family: `postgres${RDS_POSTGRES_MAJOR_VERSION}`,
      description: `${props.name}: TLS only, connection logging`,
      parameter: [
        { name: 'rds.force_ssl', value: '1' },
        { name: 'log_connections', value: '1' },
        { name: 'log_disconnections', value: '1' },
      ],
    });
    // A fresh id for every instance built: each destroy leaves its own final snapshot, so destroying a second
    // instance of the same name (a tenant re-created) does not fail on the first one's snapshot.
    // Terraform's built-in terraform_data (Terraform 1.4+), as a plain resource: cdktf's DataResource class adds a
    // validation that runs `terraform version` in a child process for every instance at every synth.
    const lifetime = new TerraformResource(this, 'final-snapshot-suffix', { terraformResourceType: 'terraform_data' });
    const instanceClass = AWS_DATABASE_CLASSES[props.databaseClass];
    const burstable = instanceClass.startsWith('db.t');

    this.instance = new DbInstance(this, 'instance', {
      identifier: `${props.name}-postgres`,
      engine: 'postgres',
      engineVersion: RDS_POSTGRES_MAJOR_VERSION,
      instanceClass,
      allocatedStorage: props.storageGb,
      maxAllocatedStorage: props.maxStorageGb ?? props.storageGb * 2,
      storageType: 'gp3',
      storageEncrypted: true,
      kmsKeyId: props.kmsKeyArn,
      dbName: props.databaseName ?? 'app',
      username: 'platform_admin',
      manageMasterUserPassword: true,
      masterUserSecretKmsKeyId: props.kmsKeyArn,
      iamDatabaseAuthenticationEnabled: true,
      port: POSTGRES_PORT,
      dbSubnetGroupName: subnetGroup.name,
      vpcSecurityGroupIds: [securityGroup.id],
      parameterGroupName: parameters.name,
      publiclyAccessible: false,
      multiAz: props.multiAz ?? false,
      backupRetentionPeriod: props.backupRetentionDays,
      backupWindow: '03:00-04:00',
      maintenanceWindow: 'sun:04:30-sun:05:30',
      copyTagsToSnapshot: true,
      deletionProtection: props.deletionProtection ?? true,
      skipFinalSnapshot: false,
      finalSnapshotIdentifier: `${props.name}-postgres-final-${Fn.substr(lifetime.getStringAttribute('id'), 0, 8)}`,
      autoMinorVersionUpgrade: true,
      caCertIdentifier: 'rds-ca-rsa2048-g1',
      enabledCloudwatchLogsExports: ['postgresql', 'upgrade'],
      // Performance Insights is not offered on the smallest burstable classes.
      performanceInsightsEnabled: !burstable,
      performanceInsightsKmsKeyId: burstable ? undefined : props.kmsKeyArn,
    });
  }
}
