import { LoggingProjectBucketConfig } from '@cdktf/provider-google/lib/logging-project-bucket-config';
import { LoggingProjectExclusion } from '@cdktf/provider-google/lib/logging-project-exclusion';
import { LoggingProjectSink } from '@cdktf/provider-google/lib/logging-project-sink';
import { MonitoringAlertPolicy, MonitoringAlertPolicyConfig } from '@cdktf/provider-google/lib/monitoring-alert-policy';
import { MonitoringNotificationChannel } from '@cdktf/provider-google/lib/monitoring-notification-channel';
import type { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import type { AlertReceiver } from '../model/alerts';
import { gcpNotificationChannels } from './notification-channels';
import type { GcpProjectContext } from './project-context';

/** Alert when average CPU stays above this share for 15 minutes. */
const CPU_ALERT_RATIO = 0.8;
/** Alert when database disk use passes this share (free storage below 10%, as the AWS alarm). */
const DISK_ALERT_RATIO = 0.9;
/** Alert when Redis memory use passes this share of the instance's capacity. */
const CACHE_MEMORY_ALERT_RATIO = 0.8;
/** Matches every log entry (each has a `projects/<p>/logs/<id>` name): exclusions need a filter. */
const ALL_LOGS = 'logName:"/logs/"';

export interface GcpMonitoringProps {
  /** Name prefix. */
  readonly name: string;
  readonly project: GcpProjectContext;
  /** Log retention, days. */
  readonly logRetentionDays: number;
  /**
   * Route the project's logs to the tenant's regional bucket only: exclude them from the `_Default` bucket (global,
   * 30 days). Project-wide, so only for a project dedicated to the tenant. @default true
   */
  readonly excludeFromDefaultBucket?: boolean;
  /** Alert policies on the database and cache. @default true */
  readonly alerts?: boolean;
  /** Cloud Monitoring notification channel ids the alerts notify besides the receivers'. @default [] */
  readonly notificationChannels?: readonly string[];
  /** Who the alerts tell: a notification channel each (e-mail, webhook; on-call URLs from their variables). @default [] */
  readonly alertReceivers?: readonly AlertReceiver[];
  /** Cloud SQL instance name to watch. @default - no database alerts */
  readonly databaseInstanceName?: string;
  /** Memorystore instance id (`projects/<p>/locations/<r>/instances/<i>`) to watch. @default - no cache alerts */
  readonly cacheInstanceId?: string;
  /** Resources to create first (the Logging and Monitoring APIs). @default [] */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * Observability for a tenant: a Cloud Logging bucket in the tenant's region with the tier's retention, a sink
 * that routes the project's logs to it (and, by default, an exclusion that keeps them out of the global `_Default`
 * bucket, so logs are stored once and in-region), and alert policies on database CPU and disk and Redis memory.
 * Metrics and Prometheus data live in Cloud Monitoring / Managed Service for Prometheus (enabled on the cluster).
 */
export class GcpMonitoring extends Construct {
  readonly logBucket: LoggingProjectBucketConfig;
  readonly logSink: LoggingProjectSink;
  readonly alertPolicies: MonitoringAlertPolicy[] = [];
  readonly notificationChannels: MonitoringNotificationChannel[] = [];

  constructor(scope: Construct, id: string, props: GcpMonitoringProps) {
    super(scope, id);
    const { projectId, region } = props.project;
    this.logBucket = new LoggingProjectBucketConfig(this, 'log-bucket', {
      project: projectId,
      location: region,
      bucketId: `${props.name}-logs`,
      description: `${props.name} logs, kept in ${region}`,
      retentionDays: props.logRetentionDays,
      dependsOn: props.dependsOn,
    });
    this.logSink = new LoggingProjectSink(this, 'log-sink', {
      name: `${props.name}-logs`,
      description: `Routes the project's logs to the ${props.name}-logs bucket`,
      destination: `logging.googleapis.com/projects/${projectId}/locations/${region}/buckets/${this.logBucket.bucketId}`,
      filter: '',
      // A sink into a log bucket of the same project needs no writer grant.
      uniqueWriterIdentity: true,
    });
    if (props.excludeFromDefaultBucket ?? true) {
      new LoggingProjectExclusion(this, 'default-bucket-exclusion', {
        name: `${props.name}-in-regional-bucket`,
        description: `Stored in the ${props.name}-logs bucket instead (audit logs still reach _Required)`,
        filter: ALL_LOGS,
        dependsOn: [this.logSink],
      });
    }

    if (!(props.alerts ?? true)) return;
    this.notificationChannels.push(...gcpNotificationChannels(this, props.name, props.alertReceivers ?? [], props.dependsOn));
    const channels = [...(props.notificationChannels ?? []), ...this.notificationChannels.map((c) => c.id)];
    const alert = (alertId: string, config: { displayName: string; description: string; filter: string; threshold: number }) =>
      this.alertPolicies.push(
        new MonitoringAlertPolicy(this, alertId, {
          displayName: config.displayName,
          combiner: 'OR',
          severity: 'WARNING',
          notificationChannels: channels.length > 0 ? channels : undefined,
          documentation: { content: config.description, mimeType: 'text/markdown' },
          alertStrategy: { autoClose: '86400s' },
          conditions: [
            {
              displayName: config.description,
              conditionThreshold: {
                filter: config.filter,
                comparison: 'COMPARISON_GT',
                thresholdValue: config.threshold,
                duration: '900s',
                aggregations: [{ alignmentPeriod: '300s', perSeriesAligner: 'ALIGN_MEAN' }],
              },
            },
          ],
          dependsOn: props.dependsOn,
        } satisfies MonitoringAlertPolicyConfig),
      );

    if (props.databaseInstanceName) {
      const database = `resource.type = "cloudsql_database" AND resource.labels.database_id = "${projectId}:${props.databaseInstanceName}"`;
      alert('database-cpu', {
        displayName: `${props.name}-postgres-cpu`,
        description: `PostgreSQL CPU above ${CPU_ALERT_RATIO * 100}% for 15 minutes`,
        filter: `${database} AND metric.type = "cloudsql.googleapis.com/database/cpu/utilization"`,
        threshold: CPU_ALERT_RATIO,
      });
      alert('database-disk', {
        displayName: `${props.name}-postgres-disk`,
        description: `PostgreSQL disk use above ${DISK_ALERT_RATIO * 100}%`,
        filter: `${database} AND metric.type = "cloudsql.googleapis.com/database/disk/utilization"`,
        threshold: DISK_ALERT_RATIO,
      });
    }
    if (props.cacheInstanceId) {
      alert('cache-memory', {
        displayName: `${props.name}-redis-memory`,
        description: `Redis memory use above ${CACHE_MEMORY_ALERT_RATIO * 100}%`,
        filter: `resource.type = "redis_instance" AND resource.labels.instance_id = "${props.cacheInstanceId}" AND metric.type = "redis.googleapis.com/stats/memory/usage_ratio"`,
        threshold: CACHE_MEMORY_ALERT_RATIO,
      });
    }
  }
}
