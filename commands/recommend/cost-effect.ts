import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { App } from 'cdktf';
import { TenantCost, estimateTenantCost } from '../../lib/cost/budget-gate';
import type { UsageAssumptions } from '../../lib/cost/usage';
import type { FleetLock } from '../../lib/model/fleet-lock';
import { placePooledTenants } from '../../lib/pool/placement';
import { sizePool } from '../../lib/pool/sizing';
import type { ResolvedTenant } from '../../lib/model/resolve';
import { PoolStack } from '../../stacks/pool-stack';
import { TenantSliceStack } from '../../stacks/tenant-slice-stack';
import { TenantStack } from '../../stacks/tenant-stack';
import type { TenantRecommendation } from './recommend';
import type { TenantUsageRecord } from './usage';

/** A tenant's estimated monthly cost in one state, checked against its tier's budget (the synth's budget gate). */
export type CostState = TenantCost;

/** The cost of a recommendation: now, after the change, and the difference (after − now). */
export interface CostEffect {
  readonly now: CostState;
  readonly after?: CostState;
  readonly deltaUsd?: number;
}

export interface CostEffectOptions {
  /** Spare pool capacity above the sum of quotas, percent, as the synth uses. @default DEFAULT_POOL_HEADROOM_PERCENT */
  readonly poolHeadroomPercent?: number;
  /** Where pooled tenants live (the fleet's lock file), so a pooled tenant is estimated on its own pool. @default - an empty lock */
  readonly fleetLock?: FleetLock;
}

/**
 * The pooled tenants of `tenant`'s cloud and region, with `tenant` in place of its own entry (or added, when it
 * moves into a pool): the candidates its pool is placed from.
 */
export function poolMembers(tenant: ResolvedTenant, everyone: readonly ResolvedTenant[]): ResolvedTenant[] {
  const same = (t: ResolvedTenant) => t.spec.cloud === tenant.spec.cloud && t.spec.region === tenant.spec.region;
  const members = everyone.filter((t) => same(t) && t.tier.isolation === 'pooled').map((t) => (t.spec.id === tenant.spec.id ? tenant : t));
  return members.some((t) => t.spec.id === tenant.spec.id) ? members : [...members, tenant];
}

/**
 * Estimates a tenant in one state by building its stack in memory, exactly as the synth does: a siloed tenant's
 * `TenantStack`, or a pooled tenant's `TenantSliceStack` plus its quota share of a
 * `PoolStack` built from the pool's members with this tenant in its given state, through the same budget gate as synth (`estimateTenantCost`). Nothing is
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
      return estimateTenantCost(new TenantStack(app, { tenant }).toTerraform(), tenant, { usage });
    }
    const { pools } = placePooledTenants(poolMembers(tenant, everyone), {
      previous: options.fleetLock,
      regions: new Set([`${tenant.spec.cloud}/${tenant.spec.region}`]),
      headroomPercent: options.poolHeadroomPercent,
    });
    const placement = pools.find((p) => p.members.some((m) => m.spec.id === tenant.spec.id))!;
    const pool = new PoolStack(app, { placement, sizing: sizePool(placement, { headroomPercent: options.poolHeadroomPercent }) });
    const slice = new TenantSliceStack(app, { tenant, pool });
    return estimateTenantCost(slice.toTerraform(), tenant, { usage, allocation: pool.costAllocation() });
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
