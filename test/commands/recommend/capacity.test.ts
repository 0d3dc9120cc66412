import { tenantQuota } from '../../../lib/kubernetes/quota';
import {
  cacheMemoryOn,
  classesIn,
  databaseCpuOn,
  holdsWorkload,
  nodeCeiling,
  poolClasses,
  poolPeers,
  smallestNodeCount,
  tenantCapacity,
  workloadCapacity,
} from '../../../commands/recommend/capacity';
import { SCALE_UP_BAND } from '../../../commands/recommend/thresholds';
import { tiers } from '../../../tiers';
import { tenantOf, usageOf } from './fixtures';

describe('workload capacity', () => {
  it.each([
    ['premium', 'aws'],
    ['enterprise', 'azure'],
    ['standard', 'gcp'],
    ['free', 'aws'],
  ] as const)('is the %s tenant quota on %s, from tenantQuota', (tier, cloud) => {
    const region = { aws: 'us-east-1', azure: 'westeurope', gcp: 'europe-west1' }[cloud];
    const tenant = tenantOf({ tier, cloud, region });
    const quota = tenantQuota({ cloud, isolation: tenant.tier.isolation, sizing: tenant.sizing });
    expect(tenantCapacity(tenant)).toEqual({ cpuCores: quota.cpuMillis / 1000, memoryGiB: quota.memoryMiB / 1024 });
  });

  it('is the slice of a pooled tenant: vCPU and memory per node times its minimum', () => {
    expect(tenantCapacity(tenantOf({ tier: 'standard' }))).toEqual({ cpuCores: 2, memoryGiB: 4 });
    expect(workloadCapacity('aws', 'pooled', { vcpu: 2, memoryGiB: 4, min: 2, desired: 2, max: 2 })).toEqual({ cpuCores: 4, memoryGiB: 8 });
  });

  it('is undefined when the nodes leave nothing for workloads', () => {
    expect(workloadCapacity('aws', 'siloed', { vcpu: 1, memoryGiB: 1, min: 1, desired: 1, max: 1 })).toBeUndefined();
  });
});

describe('smallestNodeCount', () => {
  const premium = tiers.premium.nodes as Exclude<typeof tiers.premium.nodes, 'custom'>;

  it('finds the fewest premium nodes that hold the usage within the band', () => {
    // 2 nodes hold 6.34 cores, 3 nodes 10.01: 6 cores is 95 % of the first, 60 % of the second.
    expect(smallestNodeCount('aws', 'siloed', premium, usageOf({ cpu: [6, 7] }), SCALE_UP_BAND, 1)).toBe(3);
    expect(smallestNodeCount('aws', 'siloed', premium, usageOf({ cpu: [1, 1] }), SCALE_UP_BAND, 2)).toBe(2);
  });

  it('gives up at the ceiling', () => {
    expect(smallestNodeCount('aws', 'siloed', premium, usageOf({ cpu: [40, 41] }), SCALE_UP_BAND, 2, nodeCeiling(tiers.premium))).toBeUndefined();
    expect(nodeCeiling(tiers.premium)).toBe(6);
    expect(nodeCeiling(tiers['white-label'])).toBeGreaterThan(100);
  });

  it('needs both CPU and memory to fit', () => {
    const cap = { cpuCores: 10, memoryGiB: 10 };
    expect(holdsWorkload(cap, usageOf({ cpu: [7, 8], memory: [7, 8] }), SCALE_UP_BAND)).toBe(true);
    expect(holdsWorkload(cap, usageOf({ cpu: [7, 8], memory: [9, 9] }), SCALE_UP_BAND)).toBe(false);
    expect(holdsWorkload(undefined, usageOf(), SCALE_UP_BAND)).toBe(false);
  });
});

describe('classes', () => {
  it('are the tier classes for a siloed tier, the pool steps for a pooled one', () => {
    const acme = tenantOf({ tier: 'premium' });
    expect(classesIn(tiers.premium, acme, [acme])).toEqual({ database: 'db-medium', cache: 'cache-medium' });
    expect(classesIn(tiers.standard, acme, [acme])).toEqual({ database: 'db-small', cache: 'cache-small', poolTenants: 1 });
    const peers = Array.from({ length: 10 }, (_, i) => tenantOf({ tier: 'free', id: `t${i}` }));
    expect(classesIn(tiers.standard, acme, peers)).toEqual({ database: 'db-medium', cache: 'cache-medium', poolTenants: 11 });
    expect(poolClasses(51)).toEqual({ database: 'db-xlarge', cache: 'cache-large' });
  });

  it('finds the pool peers of a tenant: pooled, same cloud and region, not itself', () => {
    const a = tenantOf({ tier: 'free', id: 'ta' });
    const b = tenantOf({ tier: 'standard', id: 'tb' });
    const c = tenantOf({ tier: 'free', id: 'tc', region: 'us-west-2' });
    const d = tenantOf({ tier: 'premium', id: 'td' });
    expect(poolPeers([a, b, c, d], 'aws', 'us-east-1', 'ta').map((t) => t.spec.id)).toEqual(['tb']);
  });

  it('projects database CPU by a factor of two per class step, cache memory by the classes memory', () => {
    expect(databaseCpuOn(20, 'db-large', 'db-medium')).toBe(40);
    expect(databaseCpuOn(90, 'db-medium', 'db-xlarge')).toBe(22.5);
    expect(cacheMemoryOn(12, 'cache-large', 'cache-medium')).toBe(26);
    expect(cacheMemoryOn(60, 'cache-small', 'cache-medium')).toBe(20);
  });
});
