import { MonitoringAlertPolicy } from '@cdktf/provider-google/lib/monitoring-alert-policy';
import { Construct } from 'constructs';
import { tenantAlertRules } from '../kubernetes/dashboards';
import { SCRAPE_INTERVAL } from '../kubernetes/scrape-config';

/** Cloud Monitoring severities of the tenant rules' `critical` and `warning` (alert policy `severity`). */
const SEVERITY = { critical: 'CRITICAL', warning: 'WARNING' } as const;

/** A Prometheus duration of seconds, minutes or hours (`15m`) as a protobuf Duration (`900s`). */
export function protobufDuration(duration: string): string {
  const match = /^(\d+)([smh])$/.exec(duration);
  if (!match) throw new Error(`'${duration}' is not a Prometheus duration of seconds, minutes or hours`);
  return `${Number(match[1]) * { s: 1, m: 60, h: 3600 }[match[2] as 's' | 'm' | 'h']}s`;
}

export interface GcpWorkloadAlertsProps {
  /** The tenant namespace the rules watch. */
  readonly namespace: string;
  /** Notification channel ids (`projects/<p>/notificationChannels/<id>`) every policy notifies. */
  readonly notificationChannels: readonly string[];
}

/**
 * The tenant's workload alerts (`tenantAlertRules`) as Cloud Monitoring alert policies with PromQL conditions, one
 * per rule: Cloud Monitoring evaluates them over the series GKE's managed collection writes to the project, and
 * tells the notification channels. In-cluster `Rules` fire into GKE's managed Alertmanager, which tells only the
 * receivers someone configures for it, and nothing here did; policies need neither the CRDs nor the cluster at plan
 * time either.
 */
export class GcpWorkloadAlerts extends Construct {
  readonly policies: MonitoringAlertPolicy[];

  constructor(scope: Construct, id: string, props: GcpWorkloadAlertsProps) {
    super(scope, id);
    const ns = props.namespace;
    const channels = [...props.notificationChannels];
    this.policies = tenantAlertRules(ns).map(
      (rule) =>
        new MonitoringAlertPolicy(this, rule.alert, {
          displayName: `${ns}: ${rule.alert}`,
          combiner: 'OR',
          severity: SEVERITY[rule.labels.severity as keyof typeof SEVERITY] ?? SEVERITY.warning,
          notificationChannels: channels.length > 0 ? channels : undefined,
          documentation: { content: `Namespace ${ns}: \`${rule.expr}\` held for ${rule.for}.`, mimeType: 'text/markdown' },
          alertStrategy: { autoClose: '86400s' },
          conditions: [
            {
              displayName: rule.alert,
              conditionPrometheusQueryLanguage: {
                query: rule.expr,
                duration: protobufDuration(rule.for),
                evaluationInterval: SCRAPE_INTERVAL,
                alertRule: rule.alert,
                ruleGroup: `${ns}-alerts`,
                labels: { ...rule.labels },
              },
            },
          ],
        }),
    );
  }
}
