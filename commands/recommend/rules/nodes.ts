import type { Overrides } from '../../../lib/model/tenant';
import type { NodePool, Tier } from '../../../lib/model/tier';
import { nodeCeiling, smallestNodeCount, tenantCapacity, workloadCapacity, WorkloadCapacity } from '../capacity';
import { RightsizingFinding, RuleInput, TierFit, TierTarget, Utilization, utilization } from '../model';
import { figure, percent, reading } from '../text';
import {
  MIN_DAYS_TO_SCALE_DOWN,
  SCALE_DOWN_P95,
  SCALE_UP_BAND,
  SCALE_UP_MAX,
  SCALE_UP_P95,
  levelOf,
  withinBand,
} from '../thresholds';
import type { TenantUsageRecord } from '../usage';

/**
 * Fewest nodes a scale-down keeps: the tier's own `nodes.min` (fixed tiers size availability with it), or one node
 * per zone the tier spans when each tenant gives its own node counts (white-label).
 */
export function nodeFloor(tier: Tier): number {
  return tier.nodes === 'custom' ? tier.availability.zones : tier.nodes.min;
}

/** The busier of CPU and memory at the 95th percentile, as a share of `capacity`. */
function binding(capacity: WorkloadCapacity, usage: TenantUsageRecord): number {
  return Math.max(usage.cpu.p95Cores / capacity.cpuCores, usage.memory.p95GiB / capacity.memoryGiB);
}

/**
 * Node counts with the minimum at `n`, keeping the gaps the tenant had above it: the desired count's (nodes ready
 * for surges) and the maximum's (room for the autoscaler), within `ceiling`. A scale-down keeps the maximum, which
 * costs nothing until used.
 */
export function nodeCounts(current: Pick<NodePool, 'min' | 'desired' | 'max'>, n: number, ceiling: number): { min: number; desired: number; max: number } {
  const up = n > current.min;
  const max = up ? Math.min(ceiling, Math.max(current.max, n + (current.max - current.min))) : Math.max(current.max, n);
  const desired = Math.min(max, n + (current.desired - current.min));
  return { min: n, desired: Math.max(n, desired), max: Math.max(max, n) };
}

function capacityAt(input: RuleInput, n: number): WorkloadCapacity | undefined {
  const { tenant } = input;
  return workloadCapacity(tenant.spec.cloud, tenant.tier.isolation, { ...tenant.sizing.nodes, min: n, desired: n, max: n });
}

function high(u: Utilization): string {
  return u.p95Percent > SCALE_UP_P95 * 100
    ? `${reading(u)} is above ${percent(SCALE_UP_P95)}`
    : `${reading(u, 'max')} is above ${percent(SCALE_UP_MAX)}`;
}

/**
 * CPU and memory of the tenant namespace against its quota (`tenantQuota`: the pooled slice, or the siloed node
 * pool's minimum count less system headroom). Both are served by the node count, so one rule sizes it:
 * - high (p95 > SCALE_UP_P95 or max > SCALE_UP_MAX of either): the smallest `nodes.min` that brings both back into the
 *   band, or a tier up when even the tier's `limits.maxNodes` cannot;
 * - low (p95 < SCALE_DOWN_P95 of both, over at least MIN_DAYS_TO_SCALE_DOWN days): the smallest cut that brings the
 *   busier of the two back to SCALE_DOWN_P95, never below `nodeFloor`; `belowTier` when even the floor leaves it low.
 */
export function assessNodes(input: RuleInput): RightsizingFinding {
  const { tenant, usage } = input;
  const { tier } = tenant;
  const nodes = tenant.sizing.nodes;
  const capacity = tenantCapacity(tenant);
  const cpu = utilization('cpu', 'cores', usage.cpu.p95Cores, capacity.cpuCores, levelOf(usage.cpu.p95Cores, capacity.cpuCores, usage.cpu.maxCores), usage.cpu.maxCores);
  const memory = utilization(
    'memory',
    'GiB',
    usage.memory.p95GiB,
    capacity.memoryGiB,
    levelOf(usage.memory.p95GiB, capacity.memoryGiB, usage.memory.maxGiB),
    usage.memory.maxGiB,
  );
  const found = [cpu, memory];
  const ceiling = nodeCeiling(tier);
  const shape = `${nodes.vcpu} vCPU / ${nodes.memoryGiB} GiB`;
  const of = tenant.tier.isolation === 'pooled' ? 'its slice' : 'its quota';

  const highs = found.filter((u) => u.level === 'high');
  if (highs.length > 0) {
    const why = highs.map(high).join('; ');
    const n = smallestNodeCount(tenant.spec.cloud, tier.isolation, nodes, usage, SCALE_UP_BAND, nodes.min + 1, ceiling);
    if (n === undefined) {
      return {
        utilization: found,
        exceedsTier: `${why}, and even ${ceiling} nodes of ${shape} (the ${tier.name} tier's bound) would not bring ${of} into the band`,
        reasons: [why],
        notes: [],
      };
    }
    const counts = nodeCounts(nodes, n, ceiling);
    return { utilization: found, overrides: { nodes: counts }, reasons: [`${why}: nodes.min ${nodes.min} → ${n}`], notes: [] };
  }

  if (cpu.level !== 'low' || memory.level !== 'low') return { utilization: found, reasons: [], notes: [] };
  const idle = `${reading(cpu)} and ${reading(memory)} are below ${percent(SCALE_DOWN_P95)}`;
  if (input.periodDays < MIN_DAYS_TO_SCALE_DOWN) {
    return {
      utilization: found,
      reasons: [],
      notes: [`${idle}, but the usage covers ${figure(input.periodDays)} days; export at least ${MIN_DAYS_TO_SCALE_DOWN} before scaling down`],
    };
  }
  const floor = nodeFloor(tier);
  let target: number | undefined;
  for (let n = nodes.min - 1; n >= floor; n--) {
    const at = capacityAt(input, n);
    if (!at || !withinBand(SCALE_UP_BAND, at.cpuCores, usage.cpu.p95Cores, usage.cpu.maxCores)) break;
    if (!withinBand(SCALE_UP_BAND, at.memoryGiB, usage.memory.p95GiB, usage.memory.maxGiB)) break;
    target = n;
    if (binding(at, usage) >= SCALE_DOWN_P95) break;
  }
  const reached = target ?? nodes.min;
  const atReached = capacityAt(input, reached) ?? capacity;
  const belowTier =
    tier.nodes !== 'custom' && reached <= floor && binding(atReached, usage) < SCALE_DOWN_P95
      ? `${idle}, and stay below it at ${reached} node(s), the fewest the ${tier.name} tier keeps`
      : undefined;
  if (target === undefined) return { utilization: found, belowTier, reasons: [], notes: [] };
  const overrides: Overrides = { nodes: nodeCounts(nodes, target, ceiling) };
  return { utilization: found, overrides, belowTier, reasons: [`${idle} over ${figure(input.periodDays)} days: nodes.min ${nodes.min} → ${target}`], notes: [] };
}

/**
 * Whether `target`'s node pool holds the tenant's CPU and memory within the target band: at its own `nodes.min`, or
 * with the smallest larger count up to its `limits.maxNodes`.
 */
export function fitNodes(target: TierTarget, input: RuleInput): TierFit {
  const { tier } = target;
  if (tier.nodes === 'custom') return { ok: false, reason: `the ${tier.name} tier has no fixed node size` };
  const ceiling = nodeCeiling(tier);
  const n = smallestNodeCount(target.cloud, tier.isolation, tier.nodes, input.usage, target.band, tier.nodes.min, ceiling);
  if (n === undefined) {
    return {
      ok: false,
      reason: `CPU and memory would need more than ${ceiling} nodes of ${tier.nodes.vcpu} vCPU / ${tier.nodes.memoryGiB} GiB (the ${tier.name} tier's bound)`,
    };
  }
  return n === tier.nodes.min ? { ok: true } : { ok: true, overrides: { nodes: nodeCounts(tier.nodes, n, ceiling) } };
}
