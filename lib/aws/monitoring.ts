import { CloudwatchMetricAlarm } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';
import { GrafanaWorkspace } from '@cdktf/provider-aws/lib/grafana-workspace';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { PrometheusWorkspace } from '@cdktf/provider-aws/lib/prometheus-workspace';
import { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';
import { Construct } from 'constructs';
import type { AwsAccountContext } from './account-context';
import { serviceRole } from './iam';
import { encryptedLogGroup } from './log-group';

/** Alarm when average CPU stays above this percentage for three five-minute periods. */
const CPU_ALARM_PERCENT = 80;
/** Alarm when free database storage falls below this share of the allocated storage. */
const FREE_STORAGE_ALARM_SHARE = 0.1;
/** Alarm when Redis memory use passes this percentage of the node's memory. */
const CACHE_MEMORY_ALARM_PERCENT = 80;
const GIB = 1024 ** 3;

export interface AwsMonitoringProps {
  /** Name prefix. */
  readonly name: string;
  readonly account: AwsAccountContext;
  /** Key for log groups, the alarm topic and the Prometheus workspace. */
  readonly kmsKeyArn: string;
  /** Log retention, days. */
  readonly logRetentionDays: number;
  /** Amazon Managed Service for Prometheus workspace. @default true */
  readonly prometheus?: boolean;
  /** Amazon Managed Grafana workspace (IAM Identity Center sign-in). @default false */
  readonly grafana?: boolean;
  /** Metric alarms on the database and cache, published to an SNS topic. @default true */
  readonly alarms?: boolean;
  /** RDS instance to watch. @default - no database alarms */
  readonly database?: { readonly identifier: string; readonly storageGb: number };
  /** ElastiCache node ids to watch. @default - no cache alarms */
  readonly cacheMemberIds?: readonly string[];
}

/**
 * Observability for a tenant: an application log group, Amazon Managed Prometheus (logging its rule and
 * alert-manager events), Amazon Managed Grafana, and CPU, storage and memory alarms on an encrypted SNS topic.
 */
export class AwsMonitoring extends Construct {
  readonly alarmTopic?: SnsTopic;
  readonly prometheus?: PrometheusWorkspace;
  readonly grafana?: GrafanaWorkspace;
  readonly alarms: CloudwatchMetricAlarm[] = [];

  constructor(scope: Construct, id: string, props: AwsMonitoringProps) {
    super(scope, id);
    encryptedLogGroup(this, 'application-logs', {
      name: `/tenant-templates/${props.name}/application`,
      retentionDays: props.logRetentionDays,
      kmsKeyArn: props.kmsKeyArn,
    });

    if (props.prometheus ?? true) {
      const promLogs = encryptedLogGroup(this, 'prometheus-logs', {
        name: `/tenant-templates/${props.name}/prometheus`,
        retentionDays: props.logRetentionDays,
        kmsKeyArn: props.kmsKeyArn,
      });
      this.prometheus = new PrometheusWorkspace(this, 'prometheus', {
        alias: props.name,
        kmsKeyArn: props.kmsKeyArn,
        loggingConfiguration: { logGroupArn: `${promLogs.arn}:*` },
      });
    }

    let grafanaRoleName: string | undefined;
    if (props.grafana ?? false) {
      const { role } = serviceRole(this, 'grafana-role', {
        name: `${props.name}-grafana`,
        service: 'grafana.amazonaws.com',
        partition: props.account.partition,
        managedPolicies: ['AmazonPrometheusQueryAccess', 'CloudWatchReadOnlyAccess'],
      });
      this.grafana = new GrafanaWorkspace(this, 'grafana', {
        name: props.name,
        description: `${props.name} dashboards`,
        accountAccessType: 'CURRENT_ACCOUNT',
        authenticationProviders: ['AWS_SSO'],
        permissionType: 'SERVICE_MANAGED',
        dataSources: ['PROMETHEUS', 'CLOUDWATCH'],
        notificationDestinations: ['SNS'],
        roleArn: role.arn,
      });
      grafanaRoleName = role.name;
    }

    if (props.alarms ?? true) {
      const topic = new SnsTopic(this, 'alarm-topic', { name: `${props.name}-alarms`, kmsMasterKeyId: props.kmsKeyArn });
      this.alarmTopic = topic;
      if (grafanaRoleName) {
        new IamRolePolicy(this, 'grafana-sns', {
          role: grafanaRoleName,
          name: 'publish-alarms',
          policy: JSON.stringify({
            Version: '2012-10-17',
            Statement: [{ Effect: 'Allow', Action: 'sns:Publish', Resource: topic.arn }],
          }),
        });
      }
      const alarm = (alarmId: string, config: Omit<ConstructorParameters<typeof CloudwatchMetricAlarm>[2], 'alarmActions' | 'okActions'>) =>
        this.alarms.push(
          new CloudwatchMetricAlarm(this, alarmId, { ...config, alarmActions: [topic.arn], okActions: [topic.arn] }),
        );
      const every5min = { period: 300, evaluationPeriods: 3, statistic: 'Average', treatMissingData: 'missing' };
      if (props.database) {
        const dimensions = { DBInstanceIdentifier: props.database.identifier };
        alarm('database-cpu', {
          alarmName: `${props.name}-postgres-cpu`,
          alarmDescription: `PostgreSQL CPU above ${CPU_ALARM_PERCENT}% for 15 minutes`,
          namespace: 'AWS/RDS',
          metricName: 'CPUUtilization',
          dimensions,
          comparisonOperator: 'GreaterThanThreshold',
          threshold: CPU_ALARM_PERCENT,
          ...every5min,
        });
        alarm('database-free-storage', {
          alarmName: `${props.name}-postgres-free-storage`,
          alarmDescription: `PostgreSQL free storage below ${FREE_STORAGE_ALARM_SHARE * 100}% of allocated`,
          namespace: 'AWS/RDS',
          metricName: 'FreeStorageSpace',
          dimensions,
          comparisonOperator: 'LessThanThreshold',
          threshold: Math.round(props.database.storageGb * GIB * FREE_STORAGE_ALARM_SHARE),
          ...every5min,
        });
      }
      (props.cacheMemberIds ?? []).forEach((member, i) => {
        const dimensions = { CacheClusterId: member };
        alarm(`cache-${i}-cpu`, {
          alarmName: `${member}-engine-cpu`,
          alarmDescription: `Redis engine CPU above ${CPU_ALARM_PERCENT}% for 15 minutes`,
          namespace: 'AWS/ElastiCache',
          metricName: 'EngineCPUUtilization',
          dimensions,
          comparisonOperator: 'GreaterThanThreshold',
          threshold: CPU_ALARM_PERCENT,
          ...every5min,
        });
        alarm(`cache-${i}-memory`, {
          alarmName: `${member}-memory`,
          alarmDescription: `Redis memory use above ${CACHE_MEMORY_ALARM_PERCENT}%`,
          namespace: 'AWS/ElastiCache',
          metricName: 'DatabaseMemoryUsagePercentage',
          dimensions,
          comparisonOperator: 'GreaterThanThreshold',
          threshold: CACHE_MEMORY_ALARM_PERCENT,
          ...every5min,
        });
      });
    }
  }
}
