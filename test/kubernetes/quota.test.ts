import { Testing } from 'cdktf';
import { nodeAllocatable } from '../../lib/kubernetes/allocatable';
import { TenantQuota, quotaHard, tenantQuota } from '../../lib/kubernetes/quota';
import { CLOUDS } from '../../lib/model/enums';
import { tiers } from '../../tiers';
import { kubeStack, synthJson, tenantFor } from './helpers';

/** The pool node (lib/pool: 4 vCPU / 16 GiB) that pooled tenants' slices are placed on. */
const POOL_NODE = { vcpu: 4, memoryGiB: 16 };
const TIERS = Object.keys(tiers);
const cases = TIERS.flatMap((tier) => CLOUDS.map((cloud) => [tier, cloud] as const));

describe('tenantQuota never exceeds allocatable capacity', () => {
  it.each(cases)('%s on %s', (tierName, cloud) => {
    const tenant = tenantFor(tierName, cloud);
    const q = tenantQuota({ cloud, isolation: tenant.tier.isolation, sizing: tenant.sizing });
    const { nodes } = tenant.sizing;
    if (tenant.tier.isolation === 'siloed') {
      const perNode = nodeAllocatable(cloud, nodes);
      expect(q.cpuMillis).toBeLessThanOrEqual(perNode.cpuMillis * nodes.min);
      expect(q.memoryMiB).toBeLessThanOrEqual(perNode.memoryMiB * nodes.min);
      expect(q.pods).toBeLessThanOrEqual(perNode.pods * nodes.min);
      expect(q.maxPerContainer.cpuMillis).toBeLessThanOrEqual(perNode.cpuMillis);
      expect(q.maxPerContainer.memoryMiB).toBeLessThanOrEqual(perNode.memoryMiB);
    } else {
      const poolNode = nodeAllocatable(cloud, POOL_NODE);
      expect(q.cpuMillis).toBeLessThanOrEqual(Math.min(nodes.vcpu * nodes.min * 1000, poolNode.cpuMillis));
      expect(q.memoryMiB).toBeLessThanOrEqual(Math.min(nodes.memoryGiB * nodes.min * 1024, poolNode.memoryMiB));
      expect(q.pods).toBeLessThanOrEqual(poolNode.pods);
    }
    expect(q.cpuMillis).toBeLessThanOrEqual(q.capacity.cpuMillis);
    expect(q.memoryMiB).toBeLessThanOrEqual(q.capacity.memoryMiB);
    expect(q.cpuMillis).toBeGreaterThan(0);
    expect(q.memoryMiB).toBeGreaterThan(0);
    expect(q.storageGb).toBe(tenant.sizing.storageGb);
    expect(q.persistentVolumeClaims).toBeLessThanOrEqual(q.pods);
  });

  it('sizes from the minimum node count, not desired or max', () => {
    const base = tenantFor('premium');
    const more = tenantFor('premium', 'aws', { overrides: { nodes: { max: 6, desired: 4 } } });
    const q = (t: typeof base) => tenantQuota({ cloud: 'aws', isolation: 'siloed', sizing: t.sizing });
    expect(q(more).cpuMillis).toBe(q(base).cpuMillis);
  });

  it('premium on AWS: 2 x (3920m - 250m) - 1000m and 2 x (8192 - 993 - 512) MiB - 2048 MiB', () => {
    const q = tenantQuota({ cloud: 'aws', isolation: 'siloed', sizing: tenantFor('premium').sizing });
    expect(q).toMatchObject({ cpuMillis: 6340, memoryMiB: 11326, pods: 76, loadBalancers: 0, nodePorts: 0 });
  });

  it('throws, saying how to fix it, when the nodes leave no room', () => {
    const sizing = { ...tenantFor('premium').sizing, nodes: { vcpu: 1, memoryGiB: 1, min: 1, desired: 1, max: 1 } };
    expect(() => tenantQuota({ cloud: 'aws', isolation: 'siloed', sizing, tenantId: 'acme' })).toThrow(
      /tenant 'acme': 1 node\(s\) of 1 vCPU \/ 1 GiB leave no room .*raise overrides.nodes.min/,
    );
  });
});

describe('quotaHard', () => {
  it('gives requests and limits, pods, storage in GB, claims, no load balancers or node ports', () => {
    const q = tenantQuota({ cloud: 'gcp', isolation: 'siloed', sizing: tenantFor('enterprise', 'gcp').sizing });
    expect(quotaHard(q)).toEqual({
      'requests.cpu': `${q.cpuMillis}m`,
      'limits.cpu': `${q.cpuMillis}m`,
      'requests.memory': `${q.memoryMiB}Mi`,
      'limits.memory': `${q.memoryMiB}Mi`,
      pods: `${q.pods}`,
      'requests.storage': '5000G',
      persistentvolumeclaims: '50',
      'services.loadbalancers': '0',
      'services.nodeports': '0',
    });
  });
});

describe('TenantQuota', () => {
  const quota = tenantQuota({ cloud: 'aws', isolation: 'siloed', sizing: tenantFor('premium').sizing });

  it('defaults', () => {
    const { stack } = kubeStack();
    new TenantQuota(stack, 'quota', { namespace: 'acme', quota });
    expect(Testing.synth(stack)).toMatchSnapshot();
  });

  it('sets the ResourceQuota from the derived values', () => {
    const { stack } = kubeStack();
    new TenantQuota(stack, 'quota', { namespace: 'acme', quota });
    expect(Testing.synth(stack)).toHaveResourceWithProperties({ tfResourceType: 'kubernetes_resource_quota_v1' }, {
      metadata: { name: 'tenant-quota', namespace: 'acme' },
      spec: { hard: quotaHard(quota) },
    });
  });

  it('gives containers defaults and caps one container at one node, claims at the storage', () => {
    const { stack } = kubeStack();
    new TenantQuota(stack, 'quota', { namespace: 'acme', quota });
    const [limitRange] = Object.values(synthJson(stack).resource.kubernetes_limit_range_v1);
    expect((limitRange.spec as { limit: unknown[] }).limit).toEqual([
      {
        type: 'Container',
        default_request: { cpu: '100m', memory: '128Mi' },
        default: { cpu: '500m', memory: '512Mi' },
        max: { cpu: `${quota.maxPerContainer.cpuMillis}m`, memory: `${quota.maxPerContainer.memoryMiB}Mi` },
      },
      { type: 'PersistentVolumeClaim', max: { storage: '1000G' } },
    ]);
  });

  it('clamps the defaults to a small slice', () => {
    const { stack } = kubeStack();
    const tiny = { ...quota, maxPerContainer: { cpuMillis: 300, memoryMiB: 256 } };
    new TenantQuota(stack, 'quota', { namespace: 'acme', quota: tiny });
    const [limitRange] = Object.values(synthJson(stack).resource.kubernetes_limit_range_v1);
    expect((limitRange.spec as { limit: { default?: unknown }[] }).limit[0].default).toEqual({ cpu: '300m', memory: '256Mi' });
  });

  it('allows load balancers when asked', () => {
    const { stack } = kubeStack();
    new TenantQuota(stack, 'quota', { namespace: 'acme', quota, loadBalancers: 2 });
    expect(Testing.synth(stack)).toHaveResourceWithProperties({ tfResourceType: 'kubernetes_resource_quota_v1' }, {
      spec: { hard: expect.objectContaining({ 'services.loadbalancers': '2' }) },
    });
  });
});
