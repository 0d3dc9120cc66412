/**
 * The target utilization band `tenants recommend` keeps tenants in, and the other numbers its rules rest on.
 * Every rule reads its thresholds from here, so the band is changed in one place (and docs/recommend.md names it).
 */

/**
 * Scale up when the 95th percentile passes this share of capacity: above it, a normal busy hour leaves less than a
 * fifth of the capacity for a spike, a rolling update or a node drained for an upgrade.
 */
export const SCALE_UP_P95 = 0.8;

/**
 * Scale up when the period's maximum passes this share of capacity: at the quota, pods are refused (CPU is
 * throttled, memory OOM-killed), so a peak this close means the tenant has already hit the ceiling or nearly did.
 */
export const SCALE_UP_MAX = 0.95;

/**
 * Scale down when the 95th percentile stays below this share of capacity over the whole period: more than two
 * thirds of what the tenant pays for sits idle even in its busy hours.
 */
export const SCALE_DOWN_P95 = 0.3;

/**
 * A lower tier must hold the tenant with more room than the scale-up band: its 95th percentile at most this share
 * of the lower tier's capacity, so a tenant moved down is not moved straight back up by its next growth.
 */
export const TIER_DOWN_P95 = 0.6;

/** A lower tier must hold the period's maximum within this share of its capacity (see TIER_DOWN_P95). */
export const TIER_DOWN_MAX = 0.8;

/**
 * Shortest period, in days, a scale-down or tier-down may rest on: four weeks, so a monthly peak (month-end batch
 * jobs, billing runs) falls inside the window. Scale-ups need no minimum: a high reading is evidence on its own.
 */
export const MIN_DAYS_TO_SCALE_DOWN = 28;

/** Storage recommendations are rounded up to whole steps of this many GB, so small usage changes do not churn files. */
export const STORAGE_STEP_GB = 10;

/**
 * RDS refuses to grow allocated storage by less than 10 % of its current size, so a database storage increase is
 * at least this share (the other clouds accept any increase; the rule applies it everywhere to stay portable).
 */
export const DATABASE_STORAGE_MIN_GROWTH = 0.1;

/**
 * CPU of one database class over the class below it. Each step of the cloud-neutral classes about doubles the CPU a
 * server sustains (lib/aws/sizes.ts: db.t4g.micro, db.t4g.small, then db.m6g.large, xlarge, 2xlarge... without
 * burst credits from db-medium), so a class step down doubles a CPU percentage and a step up halves it.
 */
export const DATABASE_CLASS_STEP_FACTOR = 2;

/** Most nodes the rules consider for a node pool without a ceiling (white-label): beyond it, split the tenant. */
export const MAX_NODES_CONSIDERED = 200;

/** A utilization band: the highest 95th percentile and maximum, as shares of capacity, that are still in it. */
export interface Band {
  readonly p95: number;
  readonly max: number;
}

/** The band a tenant is kept in: scale up above it. */
export const SCALE_UP_BAND: Band = { p95: SCALE_UP_P95, max: SCALE_UP_MAX };
/** The band a lower tier must hold a tenant in. */
export const TIER_DOWN_BAND: Band = { p95: TIER_DOWN_P95, max: TIER_DOWN_MAX };

/** Where a utilization sits against the band. */
export type UtilizationLevel = 'low' | 'ok' | 'high';

/**
 * Places a reading in the band: `high` when the 95th percentile passes SCALE_UP_P95 of capacity or the maximum
 * passes SCALE_UP_MAX, `low` when the 95th percentile is under SCALE_DOWN_P95, else `ok`.
 * @param p95 the 95th percentile over the period
 * @param max the period's maximum; absent for readings that are a level (storage used), not a peak
 */
export function levelOf(p95: number, capacity: number, max?: number): UtilizationLevel {
  if (capacity <= 0) return 'high';
  if (p95 > capacity * SCALE_UP_P95 || (max !== undefined && max > capacity * SCALE_UP_MAX)) return 'high';
  if (p95 < capacity * SCALE_DOWN_P95) return 'low';
  return 'ok';
}

/** True when a reading fits within `band` of `capacity`. */
export function withinBand(band: Band, capacity: number, p95: number, max?: number): boolean {
  return capacity > 0 && p95 <= capacity * band.p95 && (max === undefined || max <= capacity * band.max);
}

/** Rounds GB up to a whole STORAGE_STEP_GB. */
export function roundUpGb(gb: number): number {
  return Math.ceil(gb / STORAGE_STEP_GB) * STORAGE_STEP_GB;
}
