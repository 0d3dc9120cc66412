import type { RecommendReport } from '../report';
import { SUMMARY_COLUMNS, costLine, footline, headline, summaryRow } from './rows';

const cell = (s: string) => s.replace(/\|/g, '\\|');

/**
 * Markdown for a pull request or an issue: the summary table, then a section per tenant with a change giving the
 * reasons, the YAML to put in its tenant file, the cost before and after against the budget, and the migration
 * steps when it moves between pool and silo.
 * @param docsBaseUrl URL the `docs/` links are made relative to. @default - links stay repository-relative
 */
export function renderRecommendMarkdown(report: RecommendReport, docsBaseUrl?: string): string {
  const link = (doc: string) => (docsBaseUrl ? `${docsBaseUrl.replace(/\/+$/, '')}/${doc}` : doc);
  const out = [
    `## Tenant rightsizing`,
    '',
    `${headline(report)}.`,
    '',
    `| ${SUMMARY_COLUMNS.join(' | ')} |`,
    `| ${SUMMARY_COLUMNS.map(() => '---').join(' | ')} |`,
    ...report.tenants.map((t) => `| ${summaryRow(t).map(cell).join(' | ')} |`),
    '',
    footline(report),
  ];
  for (const t of report.tenants.filter((x) => x.verdict !== 'fits')) {
    out.push('', `### ${t.id}: ${t.verdict}`, '', `**${t.summary}**`, '');
    for (const reason of t.reasons) out.push(`- ${reason}`);
    if (t.change) out.push('', `In \`${t.file}\`:`, '', '```yaml', t.change.yaml.trimEnd(), '```');
    if (t.migration) {
      out.push('', `**Migration** (${t.migration.from} → ${t.migration.to}): ${t.migration.summary}. Steps: [${t.migration.doc}](${link(t.migration.doc)}).`);
    }
    out.push('', `Monthly estimate: ${costLine(t)}.`);
    if (t.notes.length > 0) out.push('', 'Also:', '', ...t.notes.map((n) => `- ${n}`));
  }
  const fitting = report.tenants.filter((x) => x.verdict === 'fits' && x.notes.length > 0);
  if (fitting.length > 0) {
    out.push('', '### Notes on tenants that fit', '');
    for (const t of fitting) for (const n of t.notes) out.push(`- ${t.id}: ${n}`);
  }
  return `${out.join('\n')}\n`;
}
