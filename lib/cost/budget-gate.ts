import type { TerraformStack } from 'cdktf';
import type { ResolvedTenant } from '../model/resolve';
import { tierBudget } from '../model/tier';
import { PoolCostAllocation, pooledTenantReport } from '../pool/cost';
import type { TerraformDocument } from '../terraform-json/document';
import { BudgetCheck, checkBudget } from './budget';
import type { PriceCatalogs } from './catalog';
import { estimateCost, summarize } from './estimate';
import type { CostReport } from './model';
import { UsageAssumptions, tenantUsage } from './usage';

/** A tenant's estimated monthly cost and the verdict of its tier's budget. */
export interface TenantCost {
  readonly report: CostReport;
  readonly check: BudgetCheck;
}

export interface TenantCostOptions {
  /** Usage assumptions on top of the tenant's (e.g. the storage actually used). @default - storage from the tenant's sizing, logs from the tier's usage */
  readonly usage?: Partial<UsageAssumptions>;
  /** Price catalogues. @default PRICE_CATALOGS */
  readonly catalogs?: PriceCatalogs;
  /** A pooled tenant's pool, split over its tenants: its share is added to the tenant's own resources. @default - no pool share */
  readonly allocation?: PoolCostAllocation;
}

/**
 * The budget gate, the one place a tenant's cost meets its tier's budget: synth (tenant and slice stacks),
 * `tenants cost` and `tenants recommend` all ask it. A pooled tenant pays its own resources plus its quota share of
 * its pool; over budget, the message explains that the share follows the pool, which its largest and strictest
 * tenants shape.
 */
export function gateTenantCost(own: CostReport, tenant: ResolvedTenant, allocation?: PoolCostAllocation): TenantCost {
  const { id } = tenant.spec;
  const tier = tenant.tier.name;
  if (!allocation) return { report: own, check: checkBudget(own, tierBudget(tenant.tier, tenant.spec.cloud), `tenant '${id}' (${tier} tier)`) };
  const report = pooledTenantReport(own, allocation, id);
  const usd = (n: number) => n.toFixed(2);
  const fix =
    `Its share follows ${allocation.pool} (${usd(allocation.monthlyCost)} USD/month for ${allocation.tenants.length} tenant(s), ` +
    `${(allocation.unallocated.share * 100).toFixed(1)} % of its capacity unallocated), whose size and features come from the sum and the ` +
    `strictest settings of its tenants: raise the ${tier} tier's budget (defineTier, budget.byCloud.${tenant.spec.cloud}), place the tenant in another region, ` +
    `or lower the sizes of the pool's tenants.`;
  return { report, check: checkBudget(report, tierBudget(tenant.tier, tenant.spec.cloud), `tenant '${id}' (${tier} tier, pooled)`, fix) };
}

/** Estimates a tenant's Terraform (one stack's JSON, or several documents of one tenant) and passes it through the gate. */
export function estimateTenantCost(
  input: unknown | readonly TerraformDocument[],
  tenant: ResolvedTenant,
  options: TenantCostOptions = {},
): TenantCost {
  const estimate = (doc: unknown) =>
    estimateCost(doc, { name: tenant.spec.id, usage: tenantUsage(tenant, options.usage), catalogs: options.catalogs });
  const own = Array.isArray(input) ? summarize(tenant.spec.id, input.flatMap((doc) => estimate(doc).resources)) : estimate(input);
  return gateTenantCost(own, tenant, options.allocation);
}

export interface BudgetGateOptions extends Omit<TenantCostOptions, 'allocation'> {
  /** A pooled tenant's pool allocation, asked for when the stack is validated. @default - a siloed tenant: no pool share */
  readonly allocation?: () => PoolCostAllocation;
  /** Receives the warning when the estimate passes the tier's warning threshold. @default console.warn */
  readonly warn?: (message: string) => void;
  /** Receives every verdict, e.g. to write the report beside the stack. @default - nothing */
  readonly onReport?: (cost: TenantCost) => void;
}

/**
 * Adds the budget gate to `stack` as a synth-time validation: over the tier's budget it fails `cdktf synth` with
 * the total, the budget, the largest cost lines and the fix; above the warning threshold it warns.
 */
export function addBudgetGate(stack: TerraformStack, tenant: ResolvedTenant, options: BudgetGateOptions = {}): void {
  const warn = options.warn ?? ((message: string) => console.warn(message));
  stack.node.addValidation({
    validate: () => {
      const cost = estimateTenantCost(stack.toTerraform(), tenant, { ...options, allocation: options.allocation?.() });
      options.onReport?.(cost);
      if (cost.check.status === 'warn') warn(cost.check.message);
      return cost.check.status === 'over' ? [cost.check.message] : [];
    },
  });
}
