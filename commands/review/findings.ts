import type { Finding, PolicyReport } from '../../lib/policy/finding';
import { formatFinding } from '../../lib/policy/synth';
import type { FindingsDiff, ReviewFinding, ReviewSuppression } from './model';
import { compareText } from './private/order';
import { BUILT_IN_POLICY, packName } from '../../lib/policy/policy-set';

/** Whose rules a stack answers to: one function for synth, `tenants check` and the review (lib/policy/synth.ts). */
export { stackSubject } from '../../lib/policy/synth';

/** A finding of a stack, as the review reports it. */
export function reviewFinding(stack: string, f: Finding): ReviewFinding {
  return {
    stack,
    ruleId: f.ruleId,
    level: f.level,
    address: f.address,
    ...(f.path ? { path: f.path } : {}),
    message: f.message,
    fix: f.fix,
    controls: f.controls.map((c) => `${packName(BUILT_IN_POLICY, c.pack)} ${c.control}`),
    text: formatFinding(f),
  };
}

/** What identifies a finding across the two sides: stack, rule id and Terraform address. */
export function findingKey(f: { readonly stack: string; readonly ruleId: string; readonly address: string }): string {
  return `${f.stack}\u0000${f.ruleId}\u0000${f.address}`;
}

/** Errors first, then by stack, rule and address. */
function compareFindings(a: ReviewFinding | ReviewSuppression, b: ReviewFinding | ReviewSuppression): number {
  const rank = (f: { level: string }) => (f.level === 'error' ? 0 : 1);
  return rank(a) - rank(b) || compareText(a.stack, b.stack) || compareText(a.ruleId, b.ruleId) || compareText(a.address, b.address);
}

/** Unsuppressed findings of reports whose targets are stack names. */
function active(reports: readonly PolicyReport[]): Map<string, ReviewFinding> {
  const out = new Map<string, ReviewFinding>();
  for (const r of reports) {
    for (const f of r.findings) {
      if (f.suppressed) continue;
      const finding = reviewFinding(r.target, f);
      out.set(findingKey(finding), finding);
    }
  }
  return out;
}

/**
 * Compares the policy reports of the two sides (one per stack, `target` = stack name): unsuppressed findings new in
 * head or gone from it, and the findings head accepts.
 */
export function diffFindings(base: readonly PolicyReport[], head: readonly PolicyReport[]): FindingsDiff {
  const before = active(base);
  const after = active(head);
  const suppressed: ReviewSuppression[] = head.flatMap((r) =>
    r.findings.flatMap((f) =>
      f.suppressed
        ? [
            {
              stack: r.target,
              ruleId: f.ruleId,
              level: f.level,
              address: f.address,
              ...(f.path ? { path: f.path } : {}),
              reason: f.suppressed.reason,
              ...(f.suppressed.expires ? { expires: f.suppressed.expires } : {}),
              by: f.suppressed.by,
            },
          ]
        : [],
    ),
  );
  return {
    new: [...after].filter(([k]) => !before.has(k)).map(([, f]) => f).sort(compareFindings),
    resolved: [...before].filter(([k]) => !after.has(k)).map(([, f]) => f).sort(compareFindings),
    suppressed: suppressed.sort(compareFindings),
  };
}
