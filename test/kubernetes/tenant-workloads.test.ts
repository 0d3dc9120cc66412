import { TenantWorkloads } from '../../lib/kubernetes/tenant-workloads';
import { CLOUDS } from '../../lib/model/enums';
import { tiers } from '../../tiers';
import { kubeStack, synthJson, tenantFor } from './helpers';

const cases = Object.keys(tiers).flatMap((tier) => CLOUDS.map((cloud) => [tier, cloud] as const));

describe('TenantWorkloads', () => {
  it.each(cases)('%s on %s: every object, sized and hardened from the tier', (tierName, cloud) => {
    const tenant = tenantFor(tierName, cloud);
    const { stack } = kubeStack();
    const w = new TenantWorkloads(stack, 'w', { tenantId: 'acme', cloud, isolation: tenant.tier.isolation, sizing: tenant.sizing });
    const r = synthJson(stack).resource;
    const { security, monitoring } = tenant.sizing;

    const [ns] = Object.values(r.kubernetes_namespace_v1);
    // Pooled namespaces share nodes with other tenants: restricted whatever the level (Pod Security Standards:
    // baseline still allows e.g. running as root and every capability of the default set).
    expect((ns.metadata as { labels: Record<string, string> }).labels['pod-security.kubernetes.io/enforce']).toBe(
      tenant.tier.isolation === 'pooled' || security.restrictedPodSecurity ? 'restricted' : 'baseline',
    );
    expect(Object.keys(r.kubernetes_resource_quota_v1)).toHaveLength(1);
    expect(Object.keys(r.kubernetes_limit_range_v1)).toHaveLength(1);
    expect(Object.keys(r.kubernetes_service_account_v1)).toHaveLength(1);
    const policyNames = Object.values(r.kubernetes_network_policy_v1).map((p) => (p.metadata as { name: string }).name);
    expect(policyNames).toContain('default-deny');
    expect(policyNames.includes('allow-dns')).toBe(security.egressLockdown);
    expect(w.monitoring !== undefined).toBe(monitoring.prometheus);
    expect(w.monitoring?.dashboard !== undefined).toBe(monitoring.grafana);
  });

  it('enforces restricted in a pooled namespace even for the free tier\'s basic level, baseline in its own cluster', () => {
    const free = tenantFor('free');
    expect(free.sizing.security.restrictedPodSecurity).toBe(false);
    // A siloed tenant at the basic level (its own nodes, so the premium tier's node pool).
    const sizing = { ...free.sizing, nodes: tenantFor('premium').sizing.nodes };
    const enforce = (isolation: 'pooled' | 'siloed') => {
      const { stack } = kubeStack();
      new TenantWorkloads(stack, 'w', { tenantId: 'acme', cloud: 'aws', isolation, sizing: isolation === 'pooled' ? free.sizing : sizing });
      const [ns] = Object.values(synthJson(stack).resource.kubernetes_namespace_v1);
      return (ns.metadata as { labels: Record<string, string> }).labels['pod-security.kubernetes.io/enforce'];
    };
    expect(enforce('pooled')).toBe('restricted');
    expect(enforce('siloed')).toBe('baseline');
  });

  it('names the namespace after the tenant unless told', () => {
    const tenant = tenantFor('premium');
    const { stack } = kubeStack();
    new TenantWorkloads(stack, 'w', { tenantId: 'acme', cloud: 'aws', isolation: 'siloed', sizing: tenant.sizing, namespace: 'apps' });
    const [ns] = Object.values(synthJson(stack).resource.kubernetes_namespace_v1);
    expect((ns.metadata as { name: string }).name).toBe('apps');
  });

  it('lets the collector namespace in on GKE (gmp-system) and AKS (kube-system)', () => {
    for (const [cloud, extra] of [['gcp', 'gmp-system'], ['azure', 'kube-system']] as const) {
      const { stack } = kubeStack();
      new TenantWorkloads(stack, 'w', { tenantId: 'acme', cloud, isolation: 'siloed', sizing: tenantFor('premium', cloud).sizing });
      const p = Object.values(synthJson(stack).resource.kubernetes_network_policy_v1).find(
        (x) => (x.metadata as { name: string }).name === 'allow-from-monitoring',
      )!;
      expect(JSON.stringify(p.spec)).toContain(`"${extra}"`);
    }
  });
});
