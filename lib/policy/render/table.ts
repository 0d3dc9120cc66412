import type { Finding, PolicyReport } from '../finding';

/** `error`, `warning`, `suppressed` for an accepted finding, `undecided (error)` for one its rule could not decide. */
export function findingLabel(f: Finding): string {
  if (f.suppressed) return 'suppressed';
  return f.status === 'undecided' ? `undecided (${f.level})` : f.level;
}

function table(rows: readonly string[][]): string {
  const widths = rows[0].map((_, c) => Math.max(...rows.map((r) => r[c].length)));
  return rows.map((r) => r.map((cell, c) => (c === r.length - 1 ? cell : cell.padEnd(widths[c]))).join('  ').trimEnd()).join('\n');
}

/** One line per report: counts and packs. */
export function summaryLine(report: PolicyReport): string {
  const s = report.summary;
  return `${report.target}: ${s.errors} error(s), ${s.warnings} warning(s), ${s.undecided} undecided, ${s.suppressed} suppressed; rules ${s.passed} passed, ${s.failed} failed, ${s.undecidedRules} undecided, ${s.notApplicable} not applicable [packs: ${report.packs.join(', ')}]`;
}

/** A plain-text table for terminals: level, rule, resource, message, then the fixes of failing rules. */
export function renderTable(reports: readonly PolicyReport[]): string {
  const out: string[] = [];
  for (const report of reports) {
    out.push(summaryLine(report));
    if (report.findings.length > 0) {
      const rows = [['LEVEL', 'RULE', 'RESOURCE', 'MESSAGE']];
      for (const f of report.findings) {
        const note = f.suppressed ? ` (suppressed: ${f.suppressed.reason})` : f.expiredSuppression ? ` (suppression expired ${f.expiredSuppression.expires})` : '';
        rows.push([findingLabel(f), f.ruleId, f.path ?? f.address, `${f.message}${note}`]);
      }
      out.push(table(rows));
      const fixes = new Map(report.findings.filter((f) => !f.suppressed && f.status === 'fail').map((f) => [f.ruleId, f.fix]));
      if (fixes.size > 0) out.push('', 'How to fix:', ...[...fixes].map(([id, fix]) => `  ${id}: ${fix}`));
    }
    for (const s of report.unusedSuppressions) out.push(`note: suppression of ${s.rule}${s.resource ? ` on ${s.resource}` : ''} matched nothing; remove it`);
    out.push('');
  }
  return out.join('\n');
}
