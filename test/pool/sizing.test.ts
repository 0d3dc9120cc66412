import { nodeAllocatable } from '../../lib/kubernetes/allocatable';
import { CLUSTER_ADDON_HEADROOM, DAEMONSET_HEADROOM_PER_NODE } from '../../lib/kubernetes/quota';
import { placePooledTenants } from '../../lib/pool/placement';
import { MIN_POOL_NODES, POOL_NODE, sizePool } from '../../lib/pool/sizing';
import { tenantOf } from '../util';

const freeTenants = (n: number, tier = 'free') => Array.from({ length: n }, (_, i) => tenantOf({ id: `t${i}`, tier }));
const poolOf = (tenants: ReturnType<typeof tenantOf>[]) => placePooledTenants(tenants, { limits: { maxTenants: 500, maxNodes: 10_000, maxDatabaseStorageGb: 1e6 } }).pools[0];

describe('sizePool', () => {
  const perNode = nodeAllocatable('aws', POOL_NODE);
  const usable = {
    cpu: perNode.cpuMillis - DAEMONSET_HEADROOM_PER_NODE.cpuMillis,
    mem: perNode.memoryMiB - DAEMONSET_HEADROOM_PER_NODE.memoryMiB,
  };

  it('keeps at least two nodes for a small pool', () => {
    const { sizing } = sizePool(poolOf(freeTenants(1)));
    expect(sizing.nodes).toEqual({ vcpu: 4, memoryGiB: 16, min: MIN_POOL_NODES, desired: MIN_POOL_NODES, max: MIN_POOL_NODES * 2 });
  });

  it('covers the sum of quotas plus 25 % headroom and the cluster add-ons', () => {
    // 20 standard tenants: each slice is 2 vCPU / 4 GiB x min 1 node = 2000m / 4096 MiB.
    const { sizing, requested, capacity } = sizePool(poolOf(freeTenants(20, 'standard')));
    expect(requested.cpuMillis).toBe(20 * 2000);
    expect(requested.memoryMiB).toBe(20 * 4096);
    const byCpu = Math.ceil((40000 * 1.25 + CLUSTER_ADDON_HEADROOM.cpuMillis) / usable.cpu);
    const byMem = Math.ceil((81920 * 1.25 + CLUSTER_ADDON_HEADROOM.memoryMiB) / usable.mem);
    expect(sizing.nodes.desired).toBe(Math.max(byCpu, byMem));
    expect(capacity.cpuMillis).toBeGreaterThanOrEqual(requested.cpuMillis * 1.25);
    expect(capacity.memoryMiB).toBeGreaterThanOrEqual(requested.memoryMiB * 1.25);
  });

  it('honours a configured headroom', () => {
    const tight = sizePool(poolOf(freeTenants(20, 'standard')), { headroomPercent: 0 });
    const roomy = sizePool(poolOf(freeTenants(20, 'standard')), { headroomPercent: 100 });
    expect(roomy.sizing.nodes.desired).toBeGreaterThan(tight.sizing.nodes.desired);
  });

  it('steps database and cache classes up with the tenant count', () => {
    expect(sizePool(poolOf(freeTenants(5))).sizing.database.class).toBe('db-small');
    expect(sizePool(poolOf(freeTenants(11))).sizing.database.class).toBe('db-medium');
    expect(sizePool(poolOf(freeTenants(30))).sizing.database.class).toBe('db-large');
    expect(sizePool(poolOf(freeTenants(60))).sizing.database.class).toBe('db-xlarge');
    expect(sizePool(poolOf(freeTenants(5))).sizing.cache.class).toBe('cache-small');
    expect(sizePool(poolOf(freeTenants(11))).sizing.cache.class).toBe('cache-medium');
  });

  it('sums storage and takes the strictest security and longest retention of its members', () => {
    const pool = poolOf([tenantOf({ id: 'ta', tier: 'free' }), tenantOf({ id: 'tb', tier: 'standard', compliance: ['soc2'] })]);
    const { sizing } = sizePool(pool);
    expect(sizing.storageGb).toBe(10 + 100);
    expect(sizing.database.storageGb).toBe(20 + 50);
    expect(sizing.security.level).toBe('enhanced');
    expect(sizing.monitoring.logRetentionDays).toBe(365); // the SOC 2 member's floor
    expect(sizing.database.deletionProtection).toBe(true);
    expect(sizing.cluster.privateEndpointOnly).toBe(true);
  });

  it('allocates capacity by quota share and reports the unallocated headroom', () => {
    const { allocations, unallocatedShare, capacity } = sizePool(poolOf([tenantOf({ id: 'ta', tier: 'free' }), tenantOf({ id: 'tb', tier: 'standard' })]));
    const a = allocations.find((x) => x.tenantId === 'ta')!;
    const b = allocations.find((x) => x.tenantId === 'tb')!;
    expect(a.share).toBeCloseTo(Math.max(1000 / capacity.cpuMillis, 1024 / capacity.memoryMiB), 10);
    expect(b.share).toBeCloseTo(Math.max(2000 / capacity.cpuMillis, 4096 / capacity.memoryMiB), 10);
    expect(unallocatedShare).toBeCloseTo(1 - a.share - b.share, 10);
    expect(unallocatedShare).toBeGreaterThan(0);
  });
});
