import { money } from '../format';
import { ReportEntry, componentRows, problemLines, totalLine } from './rows';

function escape(cell: string): string {
  return cell.replace(/\|/g, '\\|');
}

/** Markdown: a section and a table per report, then a summary table when there are several. */
export function renderCostMarkdown(entries: readonly ReportEntry[]): string {
  const out: string[] = ['# Cost estimate', ''];
  for (const entry of entries) {
    const { report } = entry;
    const dates = Object.entries(report.catalogDates).map(([cloud, date]) => `${cloud} ${date}`).join(', ');
    out.push(`## ${report.name}`, '');
    if (dates) out.push(`Prices: on-demand list prices (catalogue ${dates}), monthly = hourly x 730.`, '');
    const rows = componentRows(report);
    if (rows.length > 0) {
      out.push('| Resource | Component | Quantity | Unit | Unit price | Monthly USD |', '|---|---|--:|---|--:|--:|');
      for (const r of rows) out.push(`| ${r.map(escape).join(' | ')} |`);
      out.push('');
    }
    out.push(`**${totalLine(entry)}**`, '');
    if (rows.some((r) => r[1].endsWith(' *'))) out.push('\\* usage-based: rests on usage assumptions', '');
    if (entry.budget?.status === 'over' || entry.budget?.status === 'warn') out.push(`> ${entry.budget.message.split('\n').join('\n> ')}`, '');
    const problems = problemLines(report);
    if (problems.length > 0) out.push('Not fully priced:', '', ...problems.map((p) => `- ${escape(p)}`), '');
  }
  if (entries.length > 1) {
    out.push('## All tenants', '', '| Tenant | Monthly USD | Budget USD | Status |', '|---|--:|--:|---|');
    for (const { report, budget } of entries) {
      out.push(`| ${escape(report.name)} | ${money(report.monthlyCost)} | ${budget ? money(budget.budgetUsd) : '-'} | ${budget?.status ?? '-'} |`);
    }
    out.push(`| **Total** | ${money(entries.reduce((s, e) => s + e.report.monthlyCost, 0))} | | |`, '');
  }
  return out.join('\n');
}
