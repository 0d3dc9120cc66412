import * as fs from 'fs';
import * as path from 'path';
import { checkBudget } from '../cost/budget';
import { estimateCost } from '../cost/estimate';
import type { CostReport } from '../cost/model';
import { CostFileSchema } from '../cost/render/json';
import { COST_REPORT_FILES } from '../cost/synth';
import { tenantUsage } from '../cost/usage';
import { POOL_SHARE_TYPE, PoolCostAllocationSchema, pooledTenantReport } from '../pool/cost';
import type { ResolvedTenant } from '../spec/resolve';
import { ReviewInputError, SynthFolder, SynthStack } from './folder';
import type { ReviewBudget, StackCost, StackCostSide } from './model';
import { slicePool } from './stacks';

/**
 * Reads the `cost.json` synth wrote beside a stack's cdk.tf.json.
 * @returns its reports merged into one, or undefined when there is no such file.
 * @throws ReviewInputError naming the file when it is not JSON or not a cost report.
 */
export function readCostFile(stackFile: string): CostReport | undefined {
  const file = path.join(path.dirname(stackFile), COST_REPORT_FILES.json);
  if (!fs.existsSync(file)) return undefined;
  const fix = 'synthesize again, or delete it to estimate from cdk.tf.json';
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new ReviewInputError(`${file}: not valid JSON (${e instanceof Error ? e.message : String(e)}); ${fix}`);
  }
  const parsed = CostFileSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ReviewInputError(`${file}: not a cost report (${issue.path.join('.') || '(root)'}: ${issue.message}); ${fix}`);
  }
  const reports = parsed.data.reports;
  const resources = reports.flatMap((r) => r.resources);
  const first = reports[0];
  return {
    name: first?.name ?? path.basename(path.dirname(file)),
    currency: 'USD',
    catalogDates: Object.assign({}, ...reports.map((r) => r.catalogDates)),
    resources,
    monthlyCost: parsed.data.monthlyCost,
    usageBasedMonthlyCost: reports.reduce((s, r) => s + r.usageBasedMonthlyCost, 0),
    notPricedTypes: [...new Set(reports.flatMap((r) => r.notPricedTypes))].sort(),
    incomplete: reports.flatMap((r) => r.incomplete),
  };
}

/** A slice's pool share from the pool's `allocation.json` in the same folder, when there is one naming the tenant. */
function withPoolShare(own: CostReport, stack: SynthStack, folder: SynthFolder, tenantId: string): CostReport {
  const pool = slicePool(stack.json);
  if (!pool) return own;
  const file = path.join(folder.dir, 'stacks', pool, 'allocation.json');
  if (!fs.existsSync(file)) return own;
  let json: unknown;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    return own;
  }
  const allocation = PoolCostAllocationSchema.safeParse(json);
  if (!allocation.success || !allocation.data.tenants.some((t) => t.tenantId === tenantId)) return own;
  return pooledTenantReport(own, allocation.data, tenantId);
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
  return { side: { monthlyUsd: report.monthlyCost, poolShareUsd, source: fromFile ? 'cost.json' : 'estimate', notFullyPriced }, report };
}

/** A tenant's head cost against its tier's budget, as synth checks it. */
export function budgetStatus(tenant: ResolvedTenant, report: CostReport): ReviewBudget {
  const check = checkBudget(report, tenant.tier.budget);
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
