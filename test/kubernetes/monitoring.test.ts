import { Testing } from 'cdktf';
import { parse } from 'yaml';
import { AMA_METRICS_CONFIG_MAP } from '../../lib/kubernetes/collector-setup';
import { TenantMonitoring } from '../../lib/kubernetes/monitoring';
import { kubeStack, synthJson } from './helpers';

function synth(props: Omit<ConstructorParameters<typeof TenantMonitoring>[2], 'namespace'>) {
  const { stack } = kubeStack();
  new TenantMonitoring(stack, 'monitoring', { namespace: 'acme', ...props });
  return synthJson(stack).resource;
}

describe('TenantMonitoring', () => {
  it('defaults (Amazon Managed Prometheus)', () => {
    const { stack } = kubeStack();
    new TenantMonitoring(stack, 'monitoring', { namespace: 'acme', collector: 'amazon-managed-prometheus' });
    expect(Testing.synth(stack)).toMatchSnapshot();
  });

  it('AWS: binds aps-collector-user to a read-only ClusterRole for the managed scraper', () => {
    const r = synth({ collector: 'amazon-managed-prometheus' });
    const [binding] = Object.values(r.kubernetes_cluster_role_binding_v1);
    expect(binding.subject).toEqual([{ kind: 'User', name: 'aps-collector-user', api_group: 'rbac.authorization.k8s.io' }]);
    const [role] = Object.values(r.kubernetes_cluster_role_v1);
    for (const rule of role.rule as { verbs: string[] }[]) expect(rule.verbs).not.toContain('create');
  });

  it('Azure: scrape job for the namespace in the ama-metrics ConfigMap in kube-system', () => {
    const r = synth({ collector: 'azure-monitor-prometheus' });
    const [cm] = Object.values(r.kubernetes_config_map_v1);
    expect(cm.metadata).toEqual({ name: AMA_METRICS_CONFIG_MAP, namespace: 'kube-system' });
    const config = parse((cm.data as Record<string, string>)['prometheus-config']);
    expect(config.scrape_configs[0].kubernetes_sd_configs).toEqual([{ role: 'pod', namespaces: { names: ['acme'] } }]);
  });

  // GMP Rules fire into GKE's managed Alertmanager (cloud.google.com/stackdriver/docs/managed-prometheus/rules-managed),
  // which tells only the receivers configured for it, and none were: the alerts are Cloud Monitoring PromQL policies
  // instead (lib/gcp/workload-alerts.ts, test/gcp/workload-access.test.ts).
  it('GCP: a PodMonitoring only', () => {
    const r = synth({ collector: 'google-managed-prometheus' });
    const manifests = Object.values(r.kubernetes_manifest).map((m) => m.manifest as { kind: string; metadata: { namespace: string } });
    expect(manifests.map((m) => m.kind)).toEqual(['PodMonitoring']);
    expect(manifests.every((m) => m.metadata.namespace === 'acme')).toBe(true);
    expect(r.kubernetes_config_map_v1).toBeUndefined();
  });

  it('dashboards: a ConfigMap labelled grafana_dashboard "1" holding dashboard JSON', () => {
    const r = synth({ collector: 'azure-monitor-prometheus', dashboards: true });
    const dashboard = Object.values(r.kubernetes_config_map_v1).find((c) => (c.metadata as { name: string }).name === 'tenant-dashboard')!;
    expect((dashboard.metadata as { labels: unknown }).labels).toEqual({ grafana_dashboard: '1' });
    const model = JSON.parse((dashboard.data as Record<string, string>)['acme.json']);
    expect(model.panels.length).toBe(4);
  });

  // A rule-file ConfigMap was read by nothing (neither AMP nor the AKS metrics add-on loads rules from the cluster):
  // the managed services evaluate the rules, written beside them by the workloads stack.
  it('puts no alert rules in the cluster on any cloud', () => {
    for (const collector of ['amazon-managed-prometheus', 'azure-monitor-prometheus', 'google-managed-prometheus'] as const) {
      const r = synth({ collector, dashboards: true });
      const names = Object.values(r.kubernetes_config_map_v1 ?? {}).map((c) => (c.metadata as { name: string }).name);
      expect(names).not.toContain('tenant-alert-rules');
      const kinds = Object.values(r.kubernetes_manifest ?? {}).map((m) => (m.manifest as { kind: string }).kind);
      expect(kinds).not.toContain('Rules');
    }
  });
});
