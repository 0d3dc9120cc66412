import { Token } from 'cdktf';
import { yamlText } from './yaml-text';

/** Alert when a namespace uses more than this share of a quota for 15 minutes. */
export const QUOTA_ALERT_SHARE = 0.9;
/** Alert when a container restarts more than this many times in 15 minutes. */
export const RESTART_ALERT_COUNT = 3;

/** One Prometheus alerting rule. */
export interface AlertRule {
  readonly alert: string;
  readonly expr: string;
  readonly for: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly annotations: Readonly<Record<string, string>>;
}

/**
 * Alerting rules for a tenant namespace: quota nearly used up, pods crash-looping, pods not ready. They read
 * kube-state-metrics series, which every managed collector here gathers when kube-state-metrics runs.
 */
export function tenantAlertRules(namespace: string): AlertRule[] {
  const ns = `namespace="${namespace}"`;
  return [
    {
      alert: 'TenantQuotaNearlyUsed',
      expr: `max by (resource) (kube_resourcequota{${ns},type="used"} / on (resource, namespace) kube_resourcequota{${ns},type="hard"} > 0) > ${QUOTA_ALERT_SHARE}`,
      for: '15m',
      labels: { severity: 'warning', namespace },
      annotations: { summary: `${namespace} uses over ${QUOTA_ALERT_SHARE * 100}% of its {{ $labels.resource }} quota` },
    },
    {
      alert: 'TenantPodCrashLooping',
      expr: `sum by (pod) (increase(kube_pod_container_status_restarts_total{${ns}}[15m])) > ${RESTART_ALERT_COUNT}`,
      for: '5m',
      labels: { severity: 'critical', namespace },
      annotations: { summary: `{{ $labels.pod }} in ${namespace} restarted more than ${RESTART_ALERT_COUNT} times in 15 minutes` },
    },
    {
      alert: 'TenantPodNotReady',
      expr: `sum by (pod) (kube_pod_status_ready{${ns},condition="false"}) > 0`,
      for: '15m',
      labels: { severity: 'warning', namespace },
      annotations: { summary: `{{ $labels.pod }} in ${namespace} has not been ready for 15 minutes` },
    },
  ];
}

/** The rules as a Prometheus rule file (one group), YAML. */
export function tenantAlertRulesYaml(namespace: string): string {
  return yamlText({ groups: [{ name: `${namespace}-alerts`, rules: tenantAlertRules(namespace) }] });
}

/** Grafana dashboard uids hold at most 40 characters (https://grafana.com/docs/grafana/latest/dashboards/build-dashboards/view-dashboard-json-model/). */
export const MAX_DASHBOARD_UID_LENGTH = 40;

/**
 * `tenant-<namespace>`, cut to MAX_DASHBOARD_UID_LENGTH. A namespace that is a token (a reference to the namespace
 * resource) is never cut: cutting its placeholder would break the reference. Tenant namespaces are tenant ids, at most
 * MAX_TENANT_ID_LENGTH (19) characters, so the uid fits.
 */
export function dashboardUid(namespace: string): string {
  const uid = `tenant-${namespace}`;
  return Token.isUnresolved(namespace) ? uid : uid.slice(0, MAX_DASHBOARD_UID_LENGTH);
}

/** A Grafana dashboard (JSON model) of a tenant namespace: CPU and memory against the quota, restarts, pods. */
export function tenantDashboard(namespace: string): Record<string, unknown> {
  const ns = `namespace="${namespace}"`;
  const panel = (id: number, title: string, exprs: { expr: string; legend: string }[], unit: string) => ({
    id,
    type: 'timeseries',
    title,
    gridPos: { h: 8, w: 12, x: ((id - 1) % 2) * 12, y: Math.floor((id - 1) / 2) * 8 },
    datasource: { type: 'prometheus', uid: '${datasource}' },
    fieldConfig: { defaults: { unit }, overrides: [] },
    targets: exprs.map((e, i) => ({ refId: String.fromCharCode(65 + i), expr: e.expr, legendFormat: e.legend })),
  });
  return {
    uid: dashboardUid(namespace),
    title: `Tenant ${namespace}`,
    tags: ['tenant-templates', namespace],
    schemaVersion: 39,
    time: { from: 'now-6h', to: 'now' },
    templating: {
      list: [{ name: 'datasource', type: 'datasource', query: 'prometheus', label: 'Prometheus' }],
    },
    panels: [
      panel(1, 'CPU used / quota', [
        { expr: `sum(rate(container_cpu_usage_seconds_total{${ns},container!=""}[5m]))`, legend: 'used' },
        { expr: `sum(kube_resourcequota{${ns},resource="requests.cpu",type="hard"})`, legend: 'quota' },
      ], 'short'),
      panel(2, 'Memory used / quota', [
        { expr: `sum(container_memory_working_set_bytes{${ns},container!=""})`, legend: 'used' },
        { expr: `sum(kube_resourcequota{${ns},resource="requests.memory",type="hard"})`, legend: 'quota' },
      ], 'bytes'),
      panel(3, 'Container restarts (15m)', [
        { expr: `sum by (pod) (increase(kube_pod_container_status_restarts_total{${ns}}[15m]))`, legend: '{{pod}}' },
      ], 'short'),
      panel(4, 'Pods used / quota', [
        { expr: `sum(kube_resourcequota{${ns},resource="pods",type="used"})`, legend: 'used' },
        { expr: `sum(kube_resourcequota{${ns},resource="pods",type="hard"})`, legend: 'quota' },
      ], 'short'),
    ],
  };
}
