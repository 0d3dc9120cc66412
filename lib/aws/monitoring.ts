import { CloudwatchMetricAlarm } from '@cdktf/provider-aws/lib/cloudwatch-metric-alarm';
import { GrafanaWorkspace } from '@cdktf/provider-aws/lib/grafana-workspace';
import { IamRolePolicy } from '@cdktf/provider-aws/lib/iam-role-policy';
import { PrometheusAlertManagerDefinition } from '@cdktf/provider-aws/lib/prometheus-alert-manager-definition';
import { PrometheusWorkspace } from '@cdktf/provider-aws/lib/prometheus-workspace';
import { SnsTopic } from '@cdktf/provider-aws/lib/sns-topic';
import { SnsTopicPolicy } from '@cdktf/provider-aws/lib/sns-topic-policy';
import { SnsTopicSubscription } from '@cdktf/provider-aws/lib/sns-topic-subscription';
import { Construct } from 'constructs';
import { stringify } from 'yaml';
import { receiverUrl } from '../cloud-kit/receivers';
import { AlertReceiver, emailReceivers, onCallReceivers, webhookReceivers } from '../model/alerts';
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
  /** Who the alarm topic (and the Prometheus alert manager) tells: e-mail, HTTPS and on-call subscriptions. @default [] */
  readonly alertReceivers?: readonly AlertReceiver[];
}

/**
 * Observability for a tenant: an application log group, Amazon Managed Prometheus (logging its rule and
 * alert-manager events, its alert manager publishing to the alarm topic), Amazon Managed Grafana reading only this
 * footprint's workspace and log groups, and CPU, storage and memory alarms on an encrypted SNS topic whose
 * subscriptions are the alert receivers.
 *
 * Managed Grafana signs in through IAM Identity Center (`AWS_SSO`): the account (or its organization) must have IAM
 * Identity Center enabled before the first apply (README, The first apply in a real account).
 */
export class AwsMonitoring extends Construct {
  readonly alarmTopic?: SnsTopic;
  readonly prometheus?: PrometheusWorkspace;
  readonly grafana?: GrafanaWorkspace;
  readonly alarms: CloudwatchMetricAlarm[] = [];
  readonly alertManager?: PrometheusAlertManagerDefinition;
  readonly subscriptions: SnsTopicSubscription[] = [];

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
      const { partition, region, accountId } = props.account;
      const { role } = serviceRole(this, 'grafana-role', {
        name: `${props.name}-grafana`,
        service: 'grafana.amazonaws.com',
        partition,
        // The trust policy of Managed Grafana's service-managed role (Managed Grafana user guide, AMG-manage-permissions).
        sourceAccount: accountId,
        sourceArn: `arn:${partition}:grafana:${region}:${accountId}:/workspaces/*`,
      });
      new IamRolePolicy(this, 'grafana-read', {
        role: role.id,
        name: 'read-this-footprint',
        policy: JSON.stringify(grafanaReadPolicy(props.name, props.account, this.prometheus?.arn)),
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
      new SnsTopicPolicy(this, 'alarm-topic-policy', {
        arn: topic.arn,
        policy: JSON.stringify(alarmTopicPolicy(topic.arn, props.account, this.prometheus?.arn)),
      });
      this.subscribe(topic, props.alertReceivers ?? []);
      if (this.prometheus) {
        this.alertManager = new PrometheusAlertManagerDefinition(this, 'alert-manager', {
          workspaceId: this.prometheus.id,
          definition: alertManagerDefinition(topic.arn, props.account.region),
        });
      }
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

  /** One subscription per receiver: e-mail (confirmed by the recipient), HTTPS webhooks and on-call URLs. */
  private subscribe(topic: SnsTopic, receivers: readonly AlertReceiver[]): void {
    const subscribe = (subscriptionId: string, protocol: 'email' | 'https', endpoint: string) =>
      this.subscriptions.push(new SnsTopicSubscription(this, subscriptionId, { topicArn: topic.arn, protocol, endpoint }));
    emailReceivers(receivers).forEach((email, i) => subscribe(`alarm-email-${i}`, 'email', email));
    webhookReceivers(receivers).forEach((url, i) => subscribe(`alarm-webhook-${i}`, 'https', url));
    onCallReceivers(receivers).forEach((onCall) => subscribe(`alarm-${onCall.name}`, 'https', receiverUrl(this, onCall.urlVariable)));
  }
}

/**
 * The alarm topic's policy: this account administers it; CloudWatch alarms of this account and this footprint's
 * Prometheus alert manager publish to it (Amazon Managed Service for Prometheus user guide,
 * AMP-alertmanager-receiver-AMPpermission: the topic must allow aps.amazonaws.com to publish).
 */
function alarmTopicPolicy(topicArn: string, account: AwsAccountContext, workspaceArn?: string): object {
  return {
    Version: '2012-10-17',
    Statement: [
      {
        Sid: 'AccountAdministersTopic',
        Effect: 'Allow',
        Principal: { AWS: account.accountRootArn },
        Action: ['sns:GetTopicAttributes', 'sns:SetTopicAttributes', 'sns:AddPermission', 'sns:RemovePermission', 'sns:DeleteTopic', 'sns:Subscribe', 'sns:ListSubscriptionsByTopic', 'sns:Publish'],
        Resource: topicArn,
      },
      {
        Sid: 'CloudWatchAlarmsPublish',
        Effect: 'Allow',
        Principal: { Service: `cloudwatch.${account.dnsSuffix}` },
        Action: 'sns:Publish',
        Resource: topicArn,
        Condition: {
          ArnLike: { 'aws:SourceArn': `arn:${account.partition}:cloudwatch:${account.region}:${account.accountId}:alarm:*` },
          StringEquals: { 'aws:SourceAccount': account.accountId },
        },
      },
      ...(workspaceArn
        ? [
            {
              Sid: 'PrometheusAlertManagerPublishes',
              Effect: 'Allow',
              Principal: { Service: `aps.${account.dnsSuffix}` },
              Action: ['sns:Publish', 'sns:GetTopicAttributes'],
              Resource: topicArn,
              Condition: { ArnEquals: { 'aws:SourceArn': workspaceArn }, StringEquals: { 'aws:SourceAccount': account.accountId } },
            },
          ]
        : []),
    ],
  };
}

/** An alert manager that sends every alert to the alarm topic (AMP alert manager configuration, sns_configs). */
export function alertManagerDefinition(topicArn: string, region: string): string {
  const config = {
    route: { receiver: 'alarm-topic', group_by: ['alertname', 'namespace'] },
    receivers: [{ name: 'alarm-topic', sns_configs: [{ topic_arn: topicArn, sigv4: { region }, attributes: { source: 'prometheus' } }] }],
  };
  return stringify({ alertmanager_config: stringify(config) });
}

/**
 * What Managed Grafana reads: this footprint's Prometheus workspace and log groups. CloudWatch metric reads,
 * log-group listing and query results take no resource (Service Authorization Reference: cloudwatch, logs), so they
 * stay account-wide; every log read names this footprint's groups.
 */
function grafanaReadPolicy(name: string, account: AwsAccountContext, workspaceArn?: string): object {
  const logGroups = [`/tenant-templates/${name}/*`, `/aws/eks/${name}/*`].map(
    (group) => `arn:${account.partition}:logs:${account.region}:${account.accountId}:log-group:${group}`,
  );
  return {
    Version: '2012-10-17',
    Statement: [
      ...(workspaceArn
        ? [
            { Sid: 'FindWorkspaces', Effect: 'Allow', Action: ['aps:ListWorkspaces'], Resource: '*' },
            {
              Sid: 'QueryThisWorkspace',
              Effect: 'Allow',
              Action: ['aps:DescribeWorkspace', 'aps:QueryMetrics', 'aps:GetLabels', 'aps:GetSeries', 'aps:GetMetricMetadata'],
              Resource: workspaceArn,
            },
          ]
        : []),
      {
        Sid: 'ReadMetricsAndAlarms',
        Effect: 'Allow',
        Action: ['cloudwatch:GetMetricData', 'cloudwatch:ListMetrics', 'cloudwatch:DescribeAlarms', 'cloudwatch:DescribeAlarmsForMetric', 'cloudwatch:DescribeAlarmHistory', 'logs:DescribeLogGroups', 'logs:StopQuery', 'logs:GetQueryResults', 'ec2:DescribeRegions', 'tag:GetResources'],
        Resource: '*',
      },
      {
        Sid: 'ReadThisFootprintsLogs',
        Effect: 'Allow',
        Action: ['logs:GetLogGroupFields', 'logs:StartQuery', 'logs:GetLogEvents', 'logs:FilterLogEvents'],
        Resource: [...logGroups, ...logGroups.map((g) => `${g}:*`)],
      },
    ],
  };
}
