import { money } from '../format';
import { ReportEntry, componentRows, problemLines, totalLine } from './rows';

const HEADER = ['Resource', 'Component', 'Quantity', 'Unit', 'Unit price', 'Monthly USD'];
/** Columns aligned right (numbers). */
const RIGHT = new Set([2, 4, 5]);

function table(rows: string[][]): string {
  const widths = HEADER.map((_, i) => Math.max(...[HEADER, ...rows].map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (RIGHT.has(i) ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join('  ').trimEnd();
  return [line(HEADER), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/** Plain-text tables for the terminal: one per report, then a summary when there are several. */
export function renderCostTable(entries: readonly ReportEntry[]): string {
  const out: string[] = [];
  for (const entry of entries) {
    const { report } = entry;
    out.push(`== ${report.name} ==`);
    const rows = componentRows(report);
    out.push(rows.length > 0 ? table(rows) : '(no priced resources)');
    out.push(totalLine(entry));
    if (rows.some((r) => r[1].endsWith(' *'))) out.push('* usage-based: rests on usage assumptions');
    const problems = problemLines(report);
    if (problems.length > 0) out.push(`Not fully priced:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    out.push('');
  }
  if (entries.length > 1) {
    out.push('== All tenants ==');
    for (const { report, budget } of entries) {
      const verdict = budget ? `  ${budget.status.toUpperCase()} (${budget.percent.toFixed(1)}% of ${money(budget.budgetUsd)})` : '';
      out.push(`${report.name.padEnd(30)} ${money(report.monthlyCost).padStart(12)} USD${verdict}`);
    }
    const total = entries.reduce((s, e) => s + e.report.monthlyCost, 0);
    out.push(`${'Total'.padEnd(30)} ${money(total).padStart(12)} USD`);
  }
  return out.join('\n').trimEnd() + '\n';
}
