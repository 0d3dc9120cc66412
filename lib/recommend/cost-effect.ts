import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import type { BudgetCheck } from '../cost/budget';
import { estimateCost } from '../cost/estimate';
import type { CostReport } from '../cost/model';
import { estimateTenantStack } from '../cost/synth';
import { UsageAssumptions, tenantUsage } from '../cost/usage';
import { checkPooledTenant } from '../pool/cost';
import { DEFAULT_POOL_MAX_TENANTS, placePooledTenants } from '../pool/placement';
import { sizePool } from '../pool/sizing';
import type { ResolvedTenant } from '../spec/resolve';
import { PoolStack } from '../../stacks/pool-stack';
import { TenantSliceStack } from '../../stacks/tenant-slice-stack';
import { TenantStack } from '../../stacks/tenant-stack';
import type { TenantRecommendation } from './recommend';
import type { TenantUsageRecord } from './usage';

/** A tenant's estimated monthly cost in one state, checked against its tier's budget. */
export interface CostState {
  readonly report: CostReport;
  readonly check: BudgetCheck;
}

/** The cost of a recommendation: now, after the change, and the difference (after − now). */
export interface CostEffect {
  readonly now: CostState;
  readonly after?: CostState;
  readonly deltaUsd?: number;
}

export interface CostEffectOptions {
  /** Spare pool capacity above the sum of quotas, percent, as the synth uses. @default DEFAULT_POOL_HEADROOM_PERCENT */
  readonly poolHeadroomPercent?: number;
}

/**
 * The members of the pool `tenant` would be in: the pooled tenants of its cloud and region, with `tenant` in place
 * of its own entry (or added, when it moves into the pool), in folder order as `buildApp` places them.
 */
export function poolMembers(tenant: ResolvedTenant, everyone: readonly ResolvedTenant[]): ResolvedTenant[] {
  const same = (t: ResolvedTenant) => t.spec.cloud === tenant.spec.cloud && t.spec.region === tenant.spec.region;
  const members = everyone.filter((t) => same(t) && t.tier.isolation === 'pooled').map((t) => (t.spec.id === tenant.spec.id ? tenant : t));
  return members.some((t) => t.spec.id === tenant.spec.id) ? members : [...members, tenant];
}

/**
 * Estimates a tenant in one state by building its stack in memory, exactly as the synth does: a siloed tenant's
 * `TenantStack` (`estimateTenantStack`), or a pooled tenant's `TenantSliceStack` plus its quota share of a
 * `PoolStack` built from the pool's members with this tenant in its given state (`checkPooledTenant`). Nothing is
 * written: the app's output folder is a scratch folder, removed afterwards, and the app is never synthesized.
 * @param usage usage-priced assumptions on top of the tenant's (e.g. the storage actually used)
 */
export function estimateTenantState(
  tenant: ResolvedTenant,
  everyone: readonly ResolvedTenant[],
  usage: Partial<UsageAssumptions> = {},
  options: CostEffectOptions = {},
): CostState {
  const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'tenants-recommend-'));
  try {
    const app = new App({ outdir });
    if (tenant.tier.isolation === 'siloed') {
      return estimateTenantStack(new TenantStack(app, { tenant }), tenant, { usage });
    }
    const [placement] = placePooledTenants(poolMembers(tenant, everyone), DEFAULT_POOL_MAX_TENANTS);
    const pool = new PoolStack(app, { placement, sizing: sizePool(placement, { headroomPercent: options.poolHeadroomPercent }) });
    const slice = new TenantSliceStack(app, { tenant, pool });
    const own = estimateCost(slice.toTerraform(), { name: tenant.spec.id, usage: tenantUsage(tenant, usage) });
    return checkPooledTenant(own, pool.costAllocation(), tenant);
  } finally {
    fs.rmSync(outdir, { recursive: true, force: true });
  }
}

/**
 * The monthly cost of a recommendation: the tenant as it is and as recommended, each estimated from its stack
 * built in memory. Usage-priced lines assume the storage the tenant actually uses in both states (not its
 * allowance, as synth does), so the difference is what the change itself costs.
 */
export function estimateRecommendation(
  recommendation: TenantRecommendation,
  usage: TenantUsageRecord,
  everyone: readonly ResolvedTenant[],
  options: CostEffectOptions = {},
): CostEffect {
  const measured: Partial<UsageAssumptions> = { storageGb: usage.storage.usedGb };
  const now = estimateTenantState(recommendation.tenant, everyone, measured, options);
  if (!recommendation.recommended) return { now };
  const after = estimateTenantState(recommendation.recommended, everyone, measured, options);
  return { now, after, deltaUsd: after.report.monthlyCost - now.report.monthlyCost };
}
