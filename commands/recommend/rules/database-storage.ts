import { RightsizingFinding, RuleInput, TierFit, TierTarget, utilization } from '../model';
import { figure, percent, reading } from '../text';
import { DATABASE_STORAGE_MIN_GROWTH, SCALE_UP_P95, levelOf, roundUpGb } from '../thresholds';

/** Smallest database storage accepted by the schema (and by every cloud's PostgreSQL), GB. */
const MIN_DATABASE_STORAGE_GB = 20;

/**
 * Database storage in use against the allocated storage (`database.storageGb`). High (used > SCALE_UP_P95):
 * `overrides.database.storageGb` raised to the smallest whole STORAGE_STEP_GB that brings it back to SCALE_UP_P95
 * and at least DATABASE_STORAGE_MIN_GROWTH more, or a tier up past `limits.maxDatabaseStorageGb`. Low: a note only;
 * allocated database storage cannot shrink in place on any of the clouds.
 */
export function assessDatabaseStorage(input: RuleInput): RightsizingFinding {
  const { tenant, usage } = input;
  const capacity = tenant.sizing.database.storageGb;
  const used = usage.database.storageUsedGb;
  const u = utilization('databaseStorage', 'GB', used, capacity, levelOf(used, capacity));
  if (u.level === 'low') {
    return { utilization: [u], reasons: [], notes: [`${reading(u)}: not lowered; allocated database storage cannot shrink in place`] };
  }
  if (u.level !== 'high') return { utilization: [u], reasons: [], notes: [] };
  const need = Math.max(roundUpGb(used / SCALE_UP_P95), roundUpGb(capacity * (1 + DATABASE_STORAGE_MIN_GROWTH)));
  const why = `${reading(u)} is above ${percent(SCALE_UP_P95)}`;
  const ceiling = tenant.tier.limits.maxDatabaseStorageGb;
  if (ceiling !== undefined && need > ceiling) {
    return {
      utilization: [u],
      exceedsTier: `${why}, and ${need} GB would pass the ${tenant.tier.name} tier's bound of ${ceiling} GB`,
      reasons: [why],
      notes: [],
    };
  }
  return {
    utilization: [u],
    overrides: { database: { storageGb: need } },
    reasons: [`${why}: database.storageGb ${figure(capacity)} → ${need}`],
    notes: [],
  };
}

/**
 * Whether `target` holds the database: storage at least what is allocated now (it cannot shrink) and enough for
 * what is used within the band, within the tier's `limits.maxDatabaseStorageGb`.
 */
export function fitDatabaseStorage(target: TierTarget, input: RuleInput): TierFit {
  const { tier } = target;
  const allocated = input.tenant.sizing.database.storageGb;
  const need = Math.max(MIN_DATABASE_STORAGE_GB, allocated, roundUpGb(input.usage.database.storageUsedGb / target.band.p95));
  if (need <= tier.database.storageGb) return { ok: true };
  const ceiling = tier.limits.maxDatabaseStorageGb;
  if (ceiling !== undefined && need > ceiling) {
    const why = need === allocated ? `${allocated} GB allocated now (it cannot shrink)` : `${need} GB for what is used`;
    return { ok: false, reason: `database storage needs ${why}, more than the ${tier.name} tier's bound of ${ceiling} GB` };
  }
  return { ok: true, overrides: { database: { storageGb: need } } };
}
