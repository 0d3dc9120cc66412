import { CacheClass, Cloud, DATABASE_CLASSES, DatabaseClass, SECURITY_LEVELS, SecurityLevel } from '../model/enums';
import { zonesOf } from '../model/regions';
import { allowedRetention, ResolvedTenant, TenantSizing } from '../model/resolve';
import { securityControls } from '../model/security';
import type { NodePool } from '../model/tier';
import { PodCapacity, nodeAllocatable } from '../kubernetes/allocatable';
import { CLUSTER_ADDON_HEADROOM, DAEMONSET_HEADROOM_PER_NODE, tenantQuota } from '../kubernetes/quota';
import type { PoolPlacement } from './placement';

/** The node shape of every pool: general purpose, 4 vCPU / 16 GiB (m6i.xlarge, D4s_v5, n2-standard-4). */
export const POOL_NODE = { vcpu: 4, memoryGiB: 16 } as const;
/** Spare capacity above the sum of quotas, percent: absorbs bursts and one node drained for upgrades. */
export const DEFAULT_POOL_HEADROOM_PERCENT = 25;
/** Fewest nodes in a pool, so one node can fail or drain. */
export const MIN_POOL_NODES = 2;
/** The autoscaler may grow a pool up to this multiple of its computed size. */
const AUTOSCALE_FACTOR = 2;

/** Database class by tenant count: the first step whose ceiling holds the pool. */
export const POOL_DATABASE_STEPS: readonly { readonly upTo: number; readonly class: DatabaseClass }[] = [
  { upTo: 10, class: 'db-small' },
  { upTo: 25, class: 'db-medium' },
  { upTo: 50, class: 'db-large' },
  { upTo: 100, class: 'db-xlarge' },
  { upTo: Infinity, class: 'db-2xlarge' },
];
/**
 * The smallest database class of a pool, per cloud: a pool's server always has a standby, and Azure's burstable
 * Flexible Server tier offers no high availability (learn.microsoft.com/azure/postgresql/flexible-server,
 * "High availability": not supported in the Burstable tier), so Azure pools start at General Purpose.
 */
export const POOL_DATABASE_MINIMUM: Readonly<Record<Cloud, DatabaseClass>> = { aws: 'db-small', azure: 'db-medium', gcp: 'db-small' };
/** Cache class by tenant count. */
export const POOL_CACHE_STEPS: readonly { readonly upTo: number; readonly class: CacheClass }[] = [
  { upTo: 10, class: 'cache-small' },
  { upTo: 50, class: 'cache-medium' },
  { upTo: Infinity, class: 'cache-large' },
];

export interface PoolSizingOptions {
  /** Spare capacity above the sum of quotas, percent. @default DEFAULT_POOL_HEADROOM_PERCENT */
  readonly headroomPercent?: number;
}

/** A tenant's share of a pool: its quota, and that quota as a share of the pool's capacity. */
export interface PoolAllocation {
  readonly tenantId: string;
  readonly quota: PodCapacity;
  /** Quota over pool capacity, by the scarcer of CPU and memory, 0..1. */
  readonly share: number;
}

/** The pool's size and the figures behind it, for reports and cost allocation. */
export interface PoolSizing {
  readonly sizing: TenantSizing;
  /** Sum of member quotas. */
  readonly requested: PodCapacity;
  /** What the desired node count offers to tenant pods (after kubelet reservations, DaemonSets and add-ons). */
  readonly capacity: PodCapacity;
  /** Each member's quota and share of the capacity; the rest is headroom. */
  readonly allocations: readonly PoolAllocation[];
  /** Capacity no tenant's quota claims, as a share, 0..1. */
  readonly unallocatedShare: number;
}

/**
 * Sizes a pool from its members: enough nodes that the pool's capacity for tenant pods covers the sum of their
 * quotas (`tenantQuota` of a pooled tenant: its slice) plus headroom, database and cache classes stepped up with
 * the tenant count, the strictest member security level and the longest retention.
 */
export function sizePool(pool: PoolPlacement, options: PoolSizingOptions = {}): PoolSizing {
  const members = pool.members;
  const headroom = 1 + (options.headroomPercent ?? DEFAULT_POOL_HEADROOM_PERCENT) / 100;
  const quotas = members.map((m) => {
    const q = tenantQuota({ cloud: pool.cloud, isolation: 'pooled', sizing: m.sizing, tenantId: m.spec.id });
    return { tenantId: m.spec.id, quota: { cpuMillis: q.cpuMillis, memoryMiB: q.memoryMiB, pods: q.pods } };
  });
  const requested = quotas.reduce((sum, { quota }) => plus(sum, quota), { cpuMillis: 0, memoryMiB: 0, pods: 0 });
  const perNode = minus(nodeAllocatable(pool.cloud, POOL_NODE), DAEMONSET_HEADROOM_PER_NODE);
  const nodesFor = (need: number, per: number, addon: number) => Math.ceil((need * headroom + addon) / per);
  const desired = Math.max(
    MIN_POOL_NODES,
    nodesFor(requested.cpuMillis, perNode.cpuMillis, CLUSTER_ADDON_HEADROOM.cpuMillis),
    nodesFor(requested.memoryMiB, perNode.memoryMiB, CLUSTER_ADDON_HEADROOM.memoryMiB),
    nodesFor(requested.pods, perNode.pods, CLUSTER_ADDON_HEADROOM.pods),
  );
  const capacity = minus(times(perNode, desired), CLUSTER_ADDON_HEADROOM);
  const allocations = quotas.map(({ tenantId, quota }) => ({
    tenantId,
    quota,
    share: Math.max(quota.cpuMillis / capacity.cpuMillis, quota.memoryMiB / capacity.memoryMiB),
  }));
  const nodes: NodePool = { ...POOL_NODE, min: desired, desired, max: desired * AUTOSCALE_FACTOR };
  const level = strictest(members.map((m) => m.sizing.security.level));
  const sum = (f: (m: ResolvedTenant) => number) => members.reduce((s, m) => s + f(m), 0);
  const max = (f: (m: ResolvedTenant) => number) => Math.max(...members.map(f));
  const any = (f: (m: ResolvedTenant) => boolean) => members.some(f);

  const sizing: TenantSizing = {
    nodes,
    storageGb: sum((m) => m.sizing.storageGb),
    zones: zonesOf(pool.cloud, pool.region, max((m) => m.tier.availability.zones)),
    database: {
      class: atLeast(step(POOL_DATABASE_STEPS, members.length), POOL_DATABASE_MINIMUM[pool.cloud]),
      storageGb: Math.max(20, sum((m) => m.sizing.database.storageGb)),
      backupRetentionDays: max((m) => m.sizing.database.backupRetentionDays),
      // A shared server holds every member's data: never deletable by a stray destroy.
      deletionProtection: true,
    },
    cache: { class: step(POOL_CACHE_STEPS, members.length), replicas: 1 },
    // Each decision as strict as the strictest member needs, but the database: every member's data is on it, so it
    // always has a standby in another zone.
    availability: {
      databaseStandby: true,
      cacheAcrossZones: any((m) => m.sizing.availability.cacheAcrossZones),
      natPerZone: any((m) => m.sizing.availability.natPerZone),
      geoRedundantStorage: any((m) => m.sizing.availability.geoRedundantStorage),
      zoneRedundantMonitoring: any((m) => m.sizing.availability.zoneRedundantMonitoring),
      regionalCluster: any((m) => m.sizing.availability.regionalCluster),
    },
    // Shared clusters keep their API private: slices are applied from inside the network (see docs/pools.md).
    cluster: { privateEndpointOnly: true, uptimeSla: true },
    // Keys of shared data rotate whatever the members' level.
    security: { level, ...securityControls(level), keyRotation: true },
    monitoring: {
      logRetentionDays: allowedRetention(max((m) => m.sizing.monitoring.logRetentionDays)),
      prometheus: true,
      grafana: any((m) => m.sizing.monitoring.grafana),
      alarms: true,
    },
  };
  const claimed = allocations.reduce((s, a) => s + a.share, 0);
  return { sizing, requested, capacity, allocations, unallocatedShare: Math.max(0, 1 - claimed) };
}

const plus = (a: PodCapacity, b: PodCapacity): PodCapacity => ({
  cpuMillis: a.cpuMillis + b.cpuMillis,
  memoryMiB: a.memoryMiB + b.memoryMiB,
  pods: a.pods + b.pods,
});
const minus = (a: PodCapacity, b: PodCapacity): PodCapacity => ({
  cpuMillis: a.cpuMillis - b.cpuMillis,
  memoryMiB: a.memoryMiB - b.memoryMiB,
  pods: a.pods - b.pods,
});
const times = (a: PodCapacity, n: number): PodCapacity => ({ cpuMillis: a.cpuMillis * n, memoryMiB: a.memoryMiB * n, pods: a.pods * n });

function strictest(levels: SecurityLevel[]): SecurityLevel {
  return levels.reduce((a, b) => (SECURITY_LEVELS.indexOf(b) > SECURITY_LEVELS.indexOf(a) ? b : a));
}

function step<T extends string>(steps: readonly { upTo: number; class: T }[], count: number): T {
  return (steps.find((s) => count <= s.upTo) ?? steps[steps.length - 1]).class;
}

function atLeast(databaseClass: DatabaseClass, minimum: DatabaseClass): DatabaseClass {
  return DATABASE_CLASSES.indexOf(databaseClass) >= DATABASE_CLASSES.indexOf(minimum) ? databaseClass : minimum;
}
