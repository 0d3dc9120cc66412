import { z } from 'zod';
import type { CacheClass, Cloud, DatabaseClass } from '../../lib/model/enums';
import type { ResolvedTenant } from '../../lib/model/resolve';
import type { Overrides } from '../../lib/model/tenant';
import type { Tier } from '../../lib/model/tier';
import type { Band } from './thresholds';
import type { TenantUsageRecord } from './usage';

/** What a utilization figure measures. */
export const METRICS = ['cpu', 'memory', 'storage', 'databaseStorage', 'databaseCpu', 'cacheMemory', 'databaseConnections'] as const;
export type Metric = (typeof METRICS)[number];

/** One usage figure against the tenant's capacity for it, and where it sits in the band. */
export const UtilizationSchema = z.strictObject({
  metric: z.enum(METRICS),
  unit: z.enum(['cores', 'GiB', 'GB', 'percent', 'connections']),
  /** 95th percentile; for storage, the amount in use. */
  p95: z.number(),
  /** The period's maximum, for CPU and memory. */
  max: z.number().optional(),
  /** What the tenant has: its quota, its storage allowance, 100 for percentages. */
  capacity: z.number(),
  p95Percent: z.number(),
  maxPercent: z.number().optional(),
  level: z.enum(['low', 'ok', 'high']),
});
export type Utilization = z.infer<typeof UtilizationSchema>;

/** A rule's input: one tenant as it is now, and what it used. */
export interface RuleInput {
  readonly tenant: ResolvedTenant;
  readonly usage: TenantUsageRecord;
  /** Days the usage covers; scale-downs need MIN_DAYS_TO_SCALE_DOWN. */
  readonly periodDays: number;
  /** The database class the tenant runs on now: its tier's, or its pool's when pooled. */
  readonly databaseClass: DatabaseClass;
  /** The cache class the tenant uses now: its tier's, or its pool's when pooled. */
  readonly cacheClass: CacheClass;
}

/** A rule's verdict on the tenant's current sizing. */
export interface RightsizingFinding {
  readonly utilization: readonly Utilization[];
  /** Override fields that bring the tenant back into the band within its tier. */
  readonly overrides?: Overrides;
  /** Why the tier cannot hold the usage (a tier up is needed). */
  readonly exceedsTier?: string;
  /** Why the tenant is oversized even at the tier's smallest size (a tier down is worth trying). */
  readonly belowTier?: string;
  /** Why the change, one line each with the figures. */
  readonly reasons: readonly string[];
  /** Worth knowing; changes nothing. */
  readonly notes: readonly string[];
}

/** A tier a tenant might move to, and what it would run on there. */
export interface TierTarget {
  readonly tier: Tier;
  readonly cloud: Cloud;
  /** The database class the tenant would get: the tier's, or its pool's when the tier is pooled. */
  readonly databaseClass: DatabaseClass;
  /** The cache class the tenant would get. */
  readonly cacheClass: CacheClass;
  /** The band the tenant must fit in there. */
  readonly band: Band;
}

/** Whether a target tier holds one aspect of a tenant's usage, and the overrides it needs for that. */
export type TierFit = { readonly ok: true; readonly overrides?: Overrides } | { readonly ok: false; readonly reason: string };

/** Builds a utilization figure, with the 95th percentile and the maximum as percentages of capacity. */
export function utilization(
  metric: Metric,
  unit: Utilization['unit'],
  p95: number,
  capacity: number,
  level: Utilization['level'],
  max?: number,
): Utilization {
  const pct = (v: number) => (capacity > 0 ? round((v / capacity) * 100, 1) : 0);
  return {
    metric,
    unit,
    p95: round(p95, 2),
    ...(max !== undefined ? { max: round(max, 2) } : {}),
    capacity: round(capacity, 2),
    p95Percent: pct(p95),
    ...(max !== undefined ? { maxPercent: pct(max) } : {}),
    level,
  };
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** Merges override patches: later fields win, `nodes` and `database` merged field by field. */
export function mergeOverrides(...patches: readonly (Overrides | undefined)[]): Overrides {
  let out: Overrides = {};
  for (const p of patches) {
    if (!p) continue;
    out = {
      ...out,
      ...p,
      ...(p.nodes || out.nodes ? { nodes: { ...out.nodes, ...p.nodes } } : {}),
      ...(p.database || out.database ? { database: { ...out.database, ...p.database } } : {}),
    };
  }
  return out;
}
