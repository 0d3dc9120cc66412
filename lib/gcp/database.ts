import { SqlDatabase } from '@cdktf/provider-google/lib/sql-database';
import { SqlDatabaseInstance } from '@cdktf/provider-google/lib/sql-database-instance';
import { SqlUser } from '@cdktf/provider-google/lib/sql-user';
import type { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import type { DatabaseClass } from '../model/enums';
import { GCP_DATABASE_TIERS } from './sizes';

/** PostgreSQL major version; Cloud SQL applies minor versions in maintenance. */
export const POSTGRES_VERSION = 'POSTGRES_16';
/** Cloud SQL Enterprise edition keeps write-ahead logs for point-in-time recovery up to 7 days. */
const MAX_TRANSACTION_LOG_DAYS = 7;

export interface GcpDatabaseProps {
  /** Name prefix; the instance is `<name>-postgres`. */
  readonly name: string;
  readonly region: string;
  /** The VPC that reaches the instance over private services access. */
  readonly networkId: string;
  readonly databaseClass: DatabaseClass;
  /** Initial storage, GB (grows automatically). */
  readonly storageGb: number;
  /** Ceiling for automatic storage growth, GB. @default twice storageGb */
  readonly maxStorageGb?: number;
  /** Daily backups kept (one per day), 1-365. */
  readonly backupRetentionDays: number;
  /** A standby in a second zone with automatic failover (availability_type REGIONAL). @default false */
  readonly standby?: boolean;
  /** Neither Terraform nor the API may delete the instance. @default true */
  readonly deletionProtection?: boolean;
  /** Cloud KMS key for data, backups and logs. @default - Google-managed encryption */
  readonly kmsKeyId?: string;
  /** Initial database name. @default 'app' */
  readonly databaseName?: string;
  /** Service accounts (e.g. workloads' Workload Identity accounts) that sign in with IAM. @default [] */
  readonly iamServiceAccountEmails?: readonly string[];
  /** Resources to create first: the private services peering and, with a key, its grant. @default [] */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * Cloud SQL for PostgreSQL on a private IP only: TLS required, IAM database authentication (no password in
 * Terraform, state or JSON: the `postgres` user gets none), daily backups and point-in-time recovery kept in the
 * tenant's region, CMEK from the `advanced` level, a regional standby where the tier is zone-resilient, Query Insights,
 * connection logging.
 */
export class GcpDatabase extends Construct {
  readonly instance: SqlDatabaseInstance;
  readonly database: SqlDatabase;

  constructor(scope: Construct, id: string, props: GcpDatabaseProps) {
    super(scope, id);
    const deletionProtection = props.deletionProtection ?? true;
    this.instance = new SqlDatabaseInstance(this, 'instance', {
      name: `${props.name}-postgres`,
      region: props.region,
      databaseVersion: POSTGRES_VERSION,
      encryptionKeyName: props.kmsKeyId,
      deletionProtection,
      settings: {
        tier: GCP_DATABASE_TIERS[props.databaseClass],
        edition: 'ENTERPRISE',
        availabilityType: (props.standby ?? false) ? 'REGIONAL' : 'ZONAL',
        diskType: 'PD_SSD',
        diskSize: props.storageGb,
        diskAutoresize: true,
        diskAutoresizeLimit: props.maxStorageGb ?? props.storageGb * 2,
        deletionProtectionEnabled: deletionProtection,
        ipConfiguration: {
          ipv4Enabled: false,
          privateNetwork: props.networkId,
          sslMode: 'ENCRYPTED_ONLY',
          enablePrivatePathForGoogleCloudServices: false,
        },
        backupConfiguration: {
          enabled: true,
          startTime: '03:00',
          // Backups stay in the tenant's region (the default is the nearest multi-region).
          location: props.region,
          pointInTimeRecoveryEnabled: true,
          transactionLogRetentionDays: Math.min(props.backupRetentionDays, MAX_TRANSACTION_LOG_DAYS),
          backupRetentionSettings: { retainedBackups: props.backupRetentionDays, retentionUnit: 'COUNT' },
        },
        databaseFlags: [
          { name: 'cloudsql.iam_authentication', value: 'on' },
          { name: 'log_connections', value: 'on' },
          { name: 'log_disconnections', value: 'on' },
        ],
        insightsConfig: { queryInsightsEnabled: true, recordApplicationTags: true, recordClientAddress: false },
        maintenanceWindow: { day: 7, hour: 4, updateTrack: 'stable' },
      },
      // disk_size would override disk_autoresize (the provider's documented advice is to ignore it), and a running
      // instance's disk cannot shrink: after creation autoresize owns the size (a pool that loses tenants keeps it).
      lifecycle: { ignoreChanges: ['settings[0].disk_size'] },
      dependsOn: props.dependsOn,
    });
    this.database = new SqlDatabase(this, 'database', {
      name: props.databaseName ?? 'app',
      instance: this.instance.name,
    });
    (props.iamServiceAccountEmails ?? []).forEach((email, i) => {
      new SqlUser(this, `iam-user-${i}`, {
        instance: this.instance.name,
        // Cloud SQL names IAM service account users without the `.gserviceaccount.com` suffix.
        name: email.replace(/\.gserviceaccount\.com$/, ''),
        type: 'CLOUD_IAM_SERVICE_ACCOUNT',
      });
    });
  }
}
