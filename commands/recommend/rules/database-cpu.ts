import { databaseCpuOn } from '../capacity';
import { RightsizingFinding, RuleInput, TierFit, TierTarget, utilization } from '../model';
import { figure, percent } from '../text';
import { SCALE_DOWN_P95, SCALE_UP_P95 } from '../thresholds';

/**
 * The database server's CPU (95th percentile, percent). Its class comes from the tier (a pool's from its tenant
 * count); no override changes it. Sustained high (p95 > SCALE_UP_P95): a tier up to a larger class. For a pooled
 * tenant the figure is the shared server's, so the note says to check the tenant is the cause before moving it.
 */
export function assessDatabaseCpu(input: RuleInput): RightsizingFinding {
  const { tenant, usage, databaseClass } = input;
  const p95 = usage.database.cpuP95Percent;
  const level = p95 > SCALE_UP_P95 * 100 ? 'high' : p95 < SCALE_DOWN_P95 * 100 ? 'low' : 'ok';
  const u = utilization('databaseCpu', 'percent', p95, 100, level);
  if (level !== 'high') return { utilization: [u], reasons: [], notes: [] };
  const why = `database CPU p95 ${figure(p95)} % on ${databaseClass} is above ${percent(SCALE_UP_P95)}`;
  const source =
    tenant.tier.isolation === 'pooled'
      ? `the class is the pool's (it steps up with the pool's tenant count) and the figure is the shared server's: check this tenant is the cause before moving it`
      : `the class comes from the ${tenant.tier.name} tier; no override changes it`;
  return { utilization: [u], exceedsTier: `${why}; ${source}`, reasons: [why], notes: [] };
}

/** Whether the database class the tenant would get in `target` holds its CPU within the band. */
export function fitDatabaseCpu(target: TierTarget, input: RuleInput): TierFit {
  const projected = databaseCpuOn(input.usage.database.cpuP95Percent, input.databaseClass, target.databaseClass);
  if (projected <= target.band.p95 * 100) return { ok: true };
  return {
    ok: false,
    reason: `database CPU would be about ${figure(projected)} % on ${target.databaseClass} (${figure(input.usage.database.cpuP95Percent)} % on ${input.databaseClass} now), above ${percent(target.band.p95)}`,
  };
}
