import { RightsizingFinding, RuleInput, TierFit, TierTarget, utilization } from '../model';
import { figure, percent, reading } from '../text';
import { SCALE_UP_P95, levelOf, roundUpGb } from '../thresholds';

/**
 * Storage in use against the tenant's storage allowance (`storageGb`: its PersistentVolumeClaim quota and object
 * storage allowance). High (used > SCALE_UP_P95): `overrides.storageGb` raised to the smallest whole STORAGE_STEP_GB
 * that brings it back to SCALE_UP_P95, or a tier up past `limits.maxStorageGb`. Low: only a note; the allowance is
 * never lowered (object storage bills by what is stored, and a lower quota would only refuse new volumes).
 */
export function assessStorage(input: RuleInput): RightsizingFinding {
  const { tenant, usage } = input;
  const capacity = tenant.sizing.storageGb;
  const used = usage.storage.usedGb;
  const u = utilization('storage', 'GB', used, capacity, levelOf(used, capacity));
  if (u.level === 'low') {
    return { utilization: [u], reasons: [], notes: [`${reading(u)}: the allowance is not lowered; storage bills by what is stored`] };
  }
  if (u.level !== 'high') return { utilization: [u], reasons: [], notes: [] };
  const need = roundUpGb(used / SCALE_UP_P95);
  const why = `${reading(u)} is above ${percent(SCALE_UP_P95)}`;
  const ceiling = tenant.tier.limits.maxStorageGb;
  if (ceiling !== undefined && need > ceiling) {
    return {
      utilization: [u],
      exceedsTier: `${why}, and ${need} GB would pass the ${tenant.tier.name} tier's bound of ${ceiling} GB`,
      reasons: [why],
      notes: [],
    };
  }
  return { utilization: [u], overrides: { storageGb: need }, reasons: [`${why}: storageGb ${figure(capacity)} → ${need}`], notes: [] };
}

/** Whether `target` holds the storage in use within its band: at its own `storageGb`, or raised up to its bound. */
export function fitStorage(target: TierTarget, input: RuleInput): TierFit {
  const { tier } = target;
  const need = roundUpGb(input.usage.storage.usedGb / target.band.p95);
  if (tier.storageGb !== 'custom' && need <= tier.storageGb) return { ok: true };
  const ceiling = tier.limits.maxStorageGb;
  if (ceiling !== undefined && need > ceiling) {
    return { ok: false, reason: `storage would need ${need} GB, more than the ${tier.name} tier's bound of ${ceiling} GB` };
  }
  return { ok: true, overrides: { storageGb: need } };
}
