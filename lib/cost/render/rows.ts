import type { BudgetCheck } from '../budget';
import { money, quantity, unitPrice } from '../format';
import type { CostReport, ResourceCost } from '../model';

/** A report to render, with its budget check when the budget is known. */
export interface ReportEntry {
  readonly report: CostReport;
  readonly budget?: BudgetCheck;
}

/** The cells of one cost line: resource, component, quantity, unit, unit price, monthly cost. */
export function componentRows(report: CostReport): string[][] {
  const rows: string[][] = [];
  for (const r of report.resources) {
    if (r.components.length === 0) continue;
    for (const c of r.components) {
      const name = c.usageBased ? `${c.name} *` : c.name;
      rows.push([r.address, name, quantity(c.quantity), c.unit, unitPrice(c.unitPrice), money(c.monthlyCost)]);
    }
  }
  return rows;
}

/** Resources that are not fully priced, one line each: `address (status): note`. */
export function problemLines(report: CostReport): string[] {
  const problems = report.resources.filter((r) => r.status !== 'priced' && r.status !== 'free');
  return problems.map((r: ResourceCost) => `${r.address} (${r.status})${r.notes[0] ? `: ${r.notes[0]}` : ''}`);
}

/** `1,234.56 USD/month (usage-based 12.00)` and the budget verdict. */
export function totalLine(entry: ReportEntry): string {
  const { report, budget } = entry;
  const usage = report.usageBasedMonthlyCost > 0 ? ` (usage-based: ${money(report.usageBasedMonthlyCost)})` : '';
  const verdict = budget ? `; budget ${money(budget.budgetUsd)} USD: ${budget.percent.toFixed(1)}% ${budget.status.toUpperCase()}` : '';
  return `Total: ${money(report.monthlyCost)} USD/month${usage}${verdict}`;
}
