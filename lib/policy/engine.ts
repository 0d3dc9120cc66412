import type { Suppression } from '../model/tenant';
import type { ControlRef, Finding, PolicyReport, RuleResult, RuleStatus } from './finding';
import { isBlocking, isUndecided } from './finding';
import { PackId, packRules } from './packs/pack';
import { BUILT_IN_POLICY, PolicySet, requirePacks } from './policy-set';
import type { Level, Rule, Violation } from './rule';
import { applySuppressions } from './suppressions';
import type { TerraformDocument } from '../terraform-json';

export interface CheckOptions {
  /** Packs to run, by id from `policy`; `baseline` always runs. @default ['baseline'] */
  readonly packs?: readonly PackId[];
  /** The rules and packs to choose from: the built-in ones, or a set `extendPolicy` made. @default BUILT_IN_POLICY */
  readonly policy?: PolicySet;
  /** Accepted findings from the tenant file. @default [] */
  readonly suppressions?: readonly Suppression[];
  /**
   * The documented legal basis for transfers outside the allowed regions (GDPR Art. 46: SCCs, BCRs). When set,
   * residency findings are reported as suppressed with this text. @default - residency findings stand
   */
  readonly transferBasis?: string;
  /** Reference time for suppression expiry. @default new Date() */
  readonly now?: Date;
  /** Name of what is checked, for reports. @default 'terraform' */
  readonly target?: string;
  /** Rules to run. @default - every rule of `policy` */
  readonly rules?: readonly Rule[];
}

const STATUS_ORDER: RuleStatus[] = ['not-applicable', 'pass', 'undecided', 'fail', 'error'];

/**
 * Runs baseline plus the selected packs over a document: one finding per rule and resource, strictest level wins.
 * @throws PolicyDefinitionError when a pack is not in the policy set.
 */
export function checkTerraform(doc: TerraformDocument, options: CheckOptions = {}): PolicyReport {
  const policy = options.policy ?? BUILT_IN_POLICY;
  const requested: PackId[] = ['baseline', ...(options.packs ?? [])];
  const packs = requested.filter((p, i) => requested.indexOf(p) === i);
  const packDefinitions = requirePacks(policy, packs);
  const findings = new Map<string, Finding>();
  const results = new Map<string, RuleResult>();

  const record = (rule: Rule, pack: PackId, level: Level, controls: readonly string[], address: string, message: string, extra: Partial<Finding>) => {
    const key = `${rule.id}\u0000${address}`;
    const refs: ControlRef[] = controls.map((control) => ({ pack, control }));
    const prior = findings.get(key);
    if (!prior) {
      findings.set(key, { ruleId: rule.id, status: 'fail', level, category: rule.category, address, message, fix: rule.fix, packs: [pack], controls: refs, ...extra });
      return;
    }
    const stricter = level === 'error' && prior.level === 'warning';
    findings.set(key, {
      ...prior,
      level: stricter ? 'error' : prior.level,
      message: stricter ? message : prior.message,
      packs: [...prior.packs, pack],
      controls: [...prior.controls, ...refs],
    });
  };

  packs.forEach((packId, i) => {
    for (const { rule, level, controls, params } of packRules(packDefinitions[i], options.rules ?? policy.rules)) {
      let status: RuleStatus;
      try {
        const outcome = rule.check(doc, params);
        status = outcome.status;
        const where = (v: Violation) => ({ address: v.resource?.address ?? v.address ?? '(document)', extra: { path: v.resource?.path, file: v.resource?.file } });
        if (outcome.status === 'fail') {
          for (const v of outcome.violations) {
            const { address, extra } = where(v);
            // A value the service rejects is an error whatever the pack says.
            record(rule, packId, v.level ?? level, controls, address, v.message, extra);
          }
        }
        if (outcome.status === 'fail' || outcome.status === 'undecided') {
          for (const v of outcome.undecided ?? []) {
            const { address, extra } = where(v);
            record(rule, packId, level, controls, address, `cannot decide: ${v.message}`, { ...extra, status: 'undecided' });
          }
        }
      } catch (e) {
        status = 'error';
        const reason = e instanceof Error ? e.message : String(e);
        record(rule, packId, level, controls, '(rule)', `the rule failed to run (${reason}), so compliance is unknown`, {});
      }
      const prior = results.get(rule.id);
      const merged = prior && STATUS_ORDER.indexOf(prior.status) > STATUS_ORDER.indexOf(status) ? prior.status : status;
      results.set(rule.id, { ruleId: rule.id, status: merged, packs: [...(prior?.packs ?? []), packId] });
    }
  });

  let list = [...findings.values()];
  if (options.transferBasis) {
    const reason = `transfer basis: ${options.transferBasis}`;
    list = list.map((f) => (f.category === 'residency' ? { ...f, suppressed: { reason, by: 'transfer-basis' as const } } : f));
  }
  const applied = applySuppressions(list, options.suppressions ?? [], options.now ?? new Date());
  const sorted = applied.findings.sort(
    (a, b) => Number(isBlocking(b)) - Number(isBlocking(a)) || a.ruleId.localeCompare(b.ruleId) || a.address.localeCompare(b.address),
  );
  const resultList = [...results.values()].sort((a, b) => a.ruleId.localeCompare(b.ruleId));
  const count = (s: RuleStatus) => resultList.filter((r) => r.status === s).length;
  return {
    target: options.target ?? 'terraform',
    packs,
    findings: sorted,
    results: resultList,
    summary: {
      errors: sorted.filter(isBlocking).length,
      warnings: sorted.filter((f) => f.status === 'fail' && f.level === 'warning' && !f.suppressed).length,
      undecided: sorted.filter(isUndecided).length,
      suppressed: sorted.filter((f) => f.suppressed).length,
      passed: count('pass'),
      failed: count('fail') + count('error'),
      undecidedRules: count('undecided'),
      notApplicable: count('not-applicable'),
    },
    unusedSuppressions: applied.unused.map((s) => ({ rule: s.rule, resource: s.resource })),
  };
}
