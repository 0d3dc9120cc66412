import type { ReportEntry } from './rows';

/** JSON: `{ reports: [{ ...report, budget }], monthlyCost }`, two-space indented. */
export function renderCostJson(entries: readonly ReportEntry[]): string {
  const reports = entries.map(({ report, budget }) => ({ ...report, ...(budget ? { budget } : {}) }));
  const monthlyCost = entries.reduce((s, e) => s + e.report.monthlyCost, 0);
  return JSON.stringify({ currency: 'USD', monthlyCost, reports }, null, 2) + '\n';
}
