import { PolicyReport, isUndecidedError } from '../finding';
import { BUILT_IN_POLICY, PolicySet, packName } from '../policy-set';
import { findingLabel } from './table';

/** Escapes a table cell. */
export function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/**
 * A markdown report (PR comments, job summaries): a summary per target and a table of findings.
 * @param policy names the packs. @default BUILT_IN_POLICY
 */
export function renderMarkdown(reports: readonly PolicyReport[], policy: PolicySet = BUILT_IN_POLICY): string {
  const out: string[] = ['# Policy check', ''];
  for (const r of reports) {
    const s = r.summary;
    const status = s.errors > 0 ? 'failed' : r.findings.some(isUndecidedError) ? 'undecided' : 'passed';
    out.push(`## ${r.target}: ${status}`, '');
    out.push(
      `Packs: ${r.packs.map((p) => packName(policy, p)).join(', ')}. ${s.errors} error(s), ${s.warnings} warning(s), ${s.undecided} undecided, ${s.suppressed} suppressed; rules: ${s.passed} passed, ${s.failed} failed, ${s.undecidedRules} undecided, ${s.notApplicable} not applicable.`,
      '',
    );
    if (r.findings.length === 0) continue;
    out.push('| Level | Rule | Resource | Finding | Controls | Fix |', '| --- | --- | --- | --- | --- | --- |');
    for (const f of r.findings) {
      const controls = f.controls.map((c) => `${packName(policy, c.pack)} ${c.control}`).join(', ') || '-';
      const finding = f.suppressed ? `${f.message} (suppressed: ${f.suppressed.reason})` : f.message;
      const resource = f.path ? `\`${f.address}\` (${f.path})` : `\`${f.address}\``;
      out.push(`| ${findingLabel(f)} | \`${f.ruleId}\` | ${cell(resource)} | ${cell(finding)} | ${cell(controls)} | ${cell(f.fix)} |`);
    }
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
