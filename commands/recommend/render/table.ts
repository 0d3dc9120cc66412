import type { RecommendReport } from '../report';
import { SUMMARY_COLUMNS, costLine, footline, headline, summaryRow } from './rows';

function table(rows: readonly string[][]): string {
  const header = [...SUMMARY_COLUMNS];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: readonly string[]) => cells.map((c, i) => c.padEnd(widths[i])).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

const indent = (text: string, by: string) =>
  text
    .trimEnd()
    .split('\n')
    .map((l) => `${by}${l}`)
    .join('\n');

/** The terminal view: the summary table, then for each tenant with a change why, what to write and what it costs. */
export function renderRecommendTable(report: RecommendReport): string {
  const out = [headline(report), '', report.tenants.length > 0 ? table(report.tenants.map(summaryRow)) : '(no tenants assessed)'];
  for (const t of report.tenants) {
    const lines: string[] = [];
    if (t.verdict !== 'fits') {
      lines.push(`${t.id}: ${t.verdict}: ${t.summary}`);
      for (const reason of t.reasons) lines.push(`  why: ${reason}`);
      if (t.change) lines.push(`  in ${t.file}:`, indent(t.change.yaml, '    '));
      if (t.migration) lines.push(`  migration (${t.migration.from} → ${t.migration.to}): ${t.migration.summary}; steps: ${t.migration.doc}`);
      lines.push(`  monthly: ${costLine(t)}`);
    }
    for (const note of t.notes) lines.push(t.verdict === 'fits' ? `${t.id}: note: ${note}` : `  note: ${note}`);
    if (lines.length > 0) out.push('', ...lines);
  }
  out.push('', footline(report));
  return `${out.join('\n')}\n`;
}
