import { cacheMemoryOn } from '../capacity';
import { RightsizingFinding, RuleInput, TierFit, TierTarget, utilization } from '../model';
import { figure, percent } from '../text';
import { SCALE_DOWN_P95, SCALE_UP_P95 } from '../thresholds';

/**
 * The cache's memory (95th percentile, percent), when the usage gives it. Like the database, its class comes from the
 * tier (a pool's from its tenant count): sustained high (p95 > SCALE_UP_P95) asks for a tier up to a larger class.
 */
export function assessCacheMemory(input: RuleInput): RightsizingFinding {
  const { tenant, usage, cacheClass } = input;
  if (!usage.cache) return { utilization: [], reasons: [], notes: [] };
  const p95 = usage.cache.memoryP95Percent;
  const level = p95 > SCALE_UP_P95 * 100 ? 'high' : p95 < SCALE_DOWN_P95 * 100 ? 'low' : 'ok';
  const u = utilization('cacheMemory', 'percent', p95, 100, level);
  if (level !== 'high') return { utilization: [u], reasons: [], notes: [] };
  const why = `cache memory p95 ${figure(p95)} % on ${cacheClass} is above ${percent(SCALE_UP_P95)}`;
  const source =
    tenant.tier.isolation === 'pooled'
      ? `the class is the pool's and the figure the shared cache's: check this tenant is the cause (and its key expiry) before moving it`
      : `the class comes from the ${tenant.tier.name} tier; no override changes it`;
  return { utilization: [u], exceedsTier: `${why}; ${source}`, reasons: [why], notes: [] };
}

/** Whether the cache class the tenant would get in `target` holds its memory within the band. */
export function fitCacheMemory(target: TierTarget, input: RuleInput): TierFit {
  if (!input.usage.cache) return { ok: true };
  const projected = cacheMemoryOn(input.usage.cache.memoryP95Percent, input.cacheClass, target.cacheClass);
  if (projected <= target.band.p95 * 100) return { ok: true };
  return {
    ok: false,
    reason: `cache memory would be about ${figure(projected)} % on ${target.cacheClass} (${figure(input.usage.cache.memoryP95Percent)} % on ${input.cacheClass} now), above ${percent(target.band.p95)}`,
  };
}
