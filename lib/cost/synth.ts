import * as fs from 'fs';
import * as path from 'path';
import type { TerraformStack } from 'cdktf';
import type { ResolvedTenant } from '../spec/resolve';
import { BudgetCheck, checkBudget } from './budget';
import type { PriceCatalogs } from './catalog';
import { estimateCost } from './estimate';
import type { CostReport } from './model';
import { renderCostJson } from './render/json';
import { renderCostMarkdown } from './render/markdown';
import { UsageAssumptions, tenantUsage } from './usage';

export interface CostValidationOptions {
  /** Usage assumptions for this tenant, on top of its tier's. @default - storage from the tenant's sizing, logs from the tier's usage */
  readonly usage?: Partial<UsageAssumptions>;
  /** Price catalogues. @default PRICE_CATALOGS */
  readonly catalogs?: PriceCatalogs;
  /** Receives the warning when the estimate passes the tier's warning threshold. @default console.warn */
  readonly warn?: (message: string) => void;
  /** Receives every estimate the validation makes, e.g. to write it with writeCostReport. @default - nothing */
  readonly onReport?: (report: CostReport, check: BudgetCheck) => void;
}

/** Estimates a tenant's stack and checks it against the tier's budget. */
export function estimateTenantStack(stack: TerraformStack, tenant: ResolvedTenant, options: CostValidationOptions = {}) {
  const report = estimateCost(stack.toTerraform(), {
    name: tenant.spec.id,
    usage: tenantUsage(tenant, options.usage),
    catalogs: options.catalogs,
  });
  const check = checkBudget(report, tenant.tier.budget, `tenant '${tenant.spec.id}' (${tenant.tier.name} tier)`);
  return { report, check };
}

/**
 * Adds a synth-time validation to `stack`: it estimates the resolved stack, fails synth with the budget error when
 * the tenant is over its tier's budget, and warns above the tier's warning threshold.
 */
export function addCostValidation(stack: TerraformStack, tenant: ResolvedTenant, options: CostValidationOptions = {}): void {
  const warn = options.warn ?? ((message: string) => console.warn(message));
  stack.node.addValidation({
    validate: () => {
      const { report, check } = estimateTenantStack(stack, tenant, options);
      options.onReport?.(report, check);
      if (check.status === 'warn') warn(check.message);
      return check.status === 'over' ? [check.message] : [];
    },
  });
}

/** The files writeCostReport writes. */
export const COST_REPORT_FILES = { json: 'cost.json', markdown: 'cost.md' } as const;

/**
 * Writes `cost.json` and `cost.md` into `dir` (e.g. `cdktf.out/stacks/tenant-acme/`), creating it when needed.
 * @returns the paths written.
 */
export function writeCostReport(dir: string, report: CostReport, budget?: BudgetCheck): string[] {
  fs.mkdirSync(dir, { recursive: true });
  const entries = [{ report, budget }];
  const json = path.join(dir, COST_REPORT_FILES.json);
  const markdown = path.join(dir, COST_REPORT_FILES.markdown);
  fs.writeFileSync(json, renderCostJson(entries));
  fs.writeFileSync(markdown, renderCostMarkdown(entries));
  return [json, markdown];
}
