import * as path from 'path';
import { checkBudget } from '../../lib/cost/budget';
import { estimateCost } from '../../lib/cost/estimate';
import type { CostReport } from '../../lib/cost/model';
import { tenantUsage } from '../../lib/cost/usage';
import { POOL_SHARE_TYPE, pooledTenantReport } from '../../lib/pool/cost';
import { COST_FILES, SynthFolderError, readAllocation, readCostReport } from '../../lib/synth-layout';
import type { ResolvedTenant } from '../../lib/model/resolve';
import { tierBudget } from '../../lib/model/tier';
import { ReviewInputError, SynthFolder, SynthStack } from './folder';
import type { ReviewBudget, StackCost, StackCostSide } from './model';
import { slicePool } from './stacks';

/**
 * Reads the `cost.json` synth wrote beside a stack's cdk.tf.json.
 * @returns its reports merged into one, or undefined when there is no such file.
 * @throws ReviewInputError naming the file when it is not JSON or not a cost report.
 */
export function readCostFile(stackFile: string): CostReport | undefined {
  try {
    return readCostReport(path.dirname(stackFile));
  } catch (e) {
    if (e instanceof SynthFolderError) throw new ReviewInputError(e.message);
    throw e;
  }
}

/** A slice's pool share from the pool's `allocation.json` in the same folder, when there is one naming the tenant. */
function withPoolShare(own: CostReport, stack: SynthStack, folder: SynthFolder, tenantId: string): CostReport {
  const pool = slicePool(stack.json);
  if (!pool) return own;
  let allocation;
  try {
    allocation = readAllocation(folder.dir, pool);
  } catch (e) {
    // A corrupt allocation leaves the slice's own cost: the review still shows it, without the share.
    if (e instanceof SynthFolderError) return own;
    throw e;
  }
  if (!allocation?.tenants.some((t) => t.tenantId === tenantId)) return own;
  return pooledTenantReport(own, allocation, tenantId);
}

/** One side's cost of a stack and the report it comes from. */
export interface CostedSide {
  readonly side: StackCostSide;
  readonly report: CostReport;
}

/**
 * One side's monthly cost of a stack: its `cost.json` when synth wrote one (for a slice it includes the pool
 * share), else an estimate of its cdk.tf.json (with the tenant's usage assumptions when the tenant is known, and a
 * slice's pool share from the pool's `allocation.json` when the folder has it).
 */
export function stackCostSide(stack: SynthStack, folder: SynthFolder, tenant?: ResolvedTenant, tenantId?: string): CostedSide {
  const fromFile = readCostFile(stack.file);
  let report: CostReport;
  if (fromFile) {
    report = fromFile;
  } else {
    const own = estimateCost(stack.doc, { name: stack.name, usage: tenant ? tenantUsage(tenant) : undefined });
    report = tenantId ? withPoolShare(own, stack, folder, tenantId) : own;
  }
  const poolShareUsd = report.resources.filter((r) => r.type === POOL_SHARE_TYPE).reduce((s, r) => s + r.monthlyCost, 0);
  const notFullyPriced = report.resources.filter((r) => r.status !== 'priced' && r.status !== 'free').length;
  return { side: { monthlyUsd: report.monthlyCost, poolShareUsd, source: fromFile ? COST_FILES.json : 'estimate', notFullyPriced }, report };
}

/** A tenant's head cost against its tier's budget, as synth checks it. */
export function budgetStatus(tenant: ResolvedTenant, report: CostReport): ReviewBudget {
  const check = checkBudget(report, tierBudget(tenant.tier, tenant.spec.cloud));
  return { tenantId: tenant.spec.id, tier: tenant.tier.name, status: check.status, budgetUsd: check.budgetUsd, percent: check.percent };
}

/** A stack's cost on both sides and the delta (a missing side counts 0). */
export function stackCost(base: StackCostSide | undefined, head: StackCostSide | undefined, budget?: ReviewBudget): StackCost {
  const delta = (head?.monthlyUsd ?? 0) - (base?.monthlyUsd ?? 0);
  return { ...(base ? { base } : {}), ...(head ? { head } : {}), deltaUsd: delta, ...(budget ? { budget } : {}) };
}

/** What a side adds to a total: its cost without a slice's pool share (the pool stack counts that). */
export function ownCost(side: StackCostSide | undefined): number {
  return side ? side.monthlyUsd - side.poolShareUsd : 0;
}
