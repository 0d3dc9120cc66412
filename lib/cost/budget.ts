import { money } from './format';
import type { CostReport } from './model';

/** A monthly budget: the shape of a tier's `budget`. */
export interface Budget {
  /** Budget per month, USD. */
  readonly monthlyUsd: number;
  /** Percent of the budget at which the check warns. @default 80 */
  readonly warnAtPercent?: number;
}

export type BudgetStatus = 'ok' | 'warn' | 'over';

/** One cost line of a report, with the resource it belongs to. */
export interface CostLine {
  readonly address: string;
  readonly component: string;
  readonly monthlyCost: number;
}

/** The outcome of checking a report against a budget. */
export interface BudgetCheck {
  readonly status: BudgetStatus;
  readonly monthlyCost: number;
  readonly budgetUsd: number;
  /** monthlyCost as a percent of the budget. */
  readonly percent: number;
  /** The three most expensive lines. */
  readonly topLines: readonly CostLine[];
  /** One paragraph for humans; empty when the status is ok. */
  readonly message: string;
}

/** The budget's default warning threshold, as in the tier schema. */
export const DEFAULT_WARN_AT_PERCENT = 80;

/** The `count` most expensive lines of a report. */
export function topCostLines(report: CostReport, count = 3): CostLine[] {
  return report.resources
    .flatMap((r) => r.components.map((c) => ({ address: r.address, component: c.name, monthlyCost: c.monthlyCost })))
    .sort((a, b) => b.monthlyCost - a.monthlyCost)
    .slice(0, count);
}

/** What an over-budget message advises by default. */
export const DEFAULT_BUDGET_FIX = "Lower the sizes or raise the tier's budget.";

/**
 * Checks a report against a budget: `over` above 100 % (the message gives the total, the budget, the top three
 * cost lines and `fix`), `warn` at or above `warnAtPercent`, else `ok`.
 */
export function checkBudget(report: CostReport, budget: Budget, label = report.name, fix = DEFAULT_BUDGET_FIX): BudgetCheck {
  const warnAt = budget.warnAtPercent ?? DEFAULT_WARN_AT_PERCENT;
  const percent = (report.monthlyCost / budget.monthlyUsd) * 100;
  const topLines = topCostLines(report);
  const status: BudgetStatus = report.monthlyCost > budget.monthlyUsd ? 'over' : percent >= warnAt ? 'warn' : 'ok';
  const total = `${money(report.monthlyCost)} USD/month`;
  const limit = `${money(budget.monthlyUsd)} USD`;
  const top = topLines.map((l) => `  - ${l.address}: ${l.component}: ${money(l.monthlyCost)} USD`).join('\n');
  let message = '';
  if (status === 'over') {
    message = `${label}: estimated ${total} is over the budget of ${limit} (${percent.toFixed(1)}%). Top costs:\n${top}\n${fix}`;
  } else if (status === 'warn') {
    message = `${label}: estimated ${total} is ${percent.toFixed(1)}% of the budget of ${limit} (warning at ${warnAt}%).`;
  }
  return { status, monthlyCost: report.monthlyCost, budgetUsd: budget.monthlyUsd, percent, topLines, message };
}
