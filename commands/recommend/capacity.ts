import { tenantQuota } from '../../lib/kubernetes/quota';
import { POOL_CACHE_STEPS, POOL_DATABASE_STEPS } from '../../lib/pool/sizing';
import { CacheClass, Cloud, DATABASE_CLASSES, DatabaseClass, Isolation } from '../../lib/model/enums';
import type { ResolvedTenant } from '../../lib/model/resolve';
import type { NodePool, Tier } from '../../lib/model/tier';
import { GCP_CACHE_MEMORY_GB } from '../../lib/gcp/sizes';
import { Band, DATABASE_CLASS_STEP_FACTOR, MAX_NODES_CONSIDERED, withinBand } from './thresholds';
import type { TenantUsageRecord } from './usage';
import { DEFAULT_POOL_MAX_TENANTS } from '../../lib/pool/placement';

/** What a tenant namespace may use, in the units usage is exported in. */
export interface WorkloadCapacity {
  readonly cpuCores: number;
  readonly memoryGiB: number;
}

const MIB_PER_GIB = 1024;

/**
 * The tenant namespace's capacity with `nodes`: its quota, from `tenantQuota` (the function its ResourceQuota comes
 * from), so pooled tenants get their slice and siloed tenants the allocatable of their minimum node count less
 * system headroom.
 * @returns undefined when the nodes leave nothing for workloads (tenantQuota refuses them).
 */
export function workloadCapacity(cloud: Cloud, isolation: Isolation, nodes: NodePool, storageGb = 0): WorkloadCapacity | undefined {
  try {
    const q = tenantQuota({ cloud, isolation, sizing: { nodes, storageGb } });
    return { cpuCores: q.cpuMillis / 1000, memoryGiB: q.memoryMiB / MIB_PER_GIB };
  } catch {
    return undefined;
  }
}

/** The capacity of a resolved tenant as it is now. */
export function tenantCapacity(tenant: ResolvedTenant): WorkloadCapacity {
  const capacity = workloadCapacity(tenant.spec.cloud, tenant.tier.isolation, tenant.sizing.nodes, tenant.sizing.storageGb);
  // A resolved tenant that synthesizes has a quota: tenantQuota would have failed its synth otherwise.
  return capacity ?? { cpuCores: 0, memoryGiB: 0 };
}

/** True when `capacity` holds CPU and memory usage within `band`. */
export function holdsWorkload(capacity: WorkloadCapacity | undefined, usage: TenantUsageRecord, band: Band): boolean {
  return (
    capacity !== undefined &&
    withinBand(band, capacity.cpuCores, usage.cpu.p95Cores, usage.cpu.maxCores) &&
    withinBand(band, capacity.memoryGiB, usage.memory.p95GiB, usage.memory.maxGiB)
  );
}

/**
 * The smallest minimum node count in [from, to] whose capacity holds the usage within `band`.
 * @returns undefined when none does.
 */
export function smallestNodeCount(
  cloud: Cloud,
  isolation: Isolation,
  shape: Pick<NodePool, 'vcpu' | 'memoryGiB'>,
  usage: TenantUsageRecord,
  band: Band,
  from: number,
  to: number = MAX_NODES_CONSIDERED,
): number | undefined {
  for (let n = Math.max(1, from); n <= to; n++) {
    if (holdsWorkload(workloadCapacity(cloud, isolation, { ...shape, min: n, desired: n, max: n }), usage, band)) return n;
  }
  return undefined;
}

/** The most nodes a tier allows: its `limits.maxNodes`, else MAX_NODES_CONSIDERED. */
export function nodeCeiling(tier: Tier): number {
  return tier.limits.maxNodes ?? MAX_NODES_CONSIDERED;
}

/** The database and cache classes of a pool holding `tenantCount` tenants (as `sizePool` steps them). */
export function poolClasses(tenantCount: number): { database: DatabaseClass; cache: CacheClass } {
  const database = (POOL_DATABASE_STEPS.find((s) => tenantCount <= s.upTo) ?? POOL_DATABASE_STEPS[POOL_DATABASE_STEPS.length - 1]).class;
  const cache = (POOL_CACHE_STEPS.find((s) => tenantCount <= s.upTo) ?? POOL_CACHE_STEPS[POOL_CACHE_STEPS.length - 1]).class;
  return { database, cache };
}

/** The pooled tenants of a cloud and region other than `tenantId`: who a pool would hold besides it. */
export function poolPeers(tenants: readonly ResolvedTenant[], cloud: Cloud, region: string, tenantId: string): ResolvedTenant[] {
  return tenants.filter((t) => t.tier.isolation === 'pooled' && t.spec.cloud === cloud && t.spec.region === region && t.spec.id !== tenantId);
}

/**
 * The database and cache classes `tenant` would run on in `tier`: the tier's own when siloed, its pool's (stepped by
 * the pool's tenant count with it in) when pooled.
 */
export function classesIn(
  tier: Tier,
  tenant: ResolvedTenant,
  everyone: readonly ResolvedTenant[],
): { database: DatabaseClass; cache: CacheClass; poolTenants?: number } {
  if (tier.isolation === 'siloed') return { database: tier.database.class, cache: tier.cache.class };
  // A region's pooled tenants fill pools of at most DEFAULT_POOL_MAX_TENANTS each (sharded): the tenant's pool
  // holds at most that many.
  const poolTenants = Math.min(DEFAULT_POOL_MAX_TENANTS, poolPeers(everyone, tenant.spec.cloud, tenant.spec.region, tenant.spec.id).length + 1);
  return { ...poolClasses(poolTenants), poolTenants };
}

/**
 * A database CPU percentage measured on class `from`, projected onto class `to` (DATABASE_CLASS_STEP_FACTOR per
 * class step).
 */
export function databaseCpuOn(percent: number, from: DatabaseClass, to: DatabaseClass): number {
  return percent * DATABASE_CLASS_STEP_FACTOR ** (DATABASE_CLASSES.indexOf(from) - DATABASE_CLASSES.indexOf(to));
}

/**
 * A cache memory percentage measured on class `from`, projected onto class `to` by the classes' memory
 * (GCP_CACHE_MEMORY_GB: the memory of the matching ElastiCache node type; Azure's SKUs are chosen to match it).
 */
export function cacheMemoryOn(percent: number, from: CacheClass, to: CacheClass): number {
  return (percent * GCP_CACHE_MEMORY_GB[from]) / GCP_CACHE_MEMORY_GB[to];
}
