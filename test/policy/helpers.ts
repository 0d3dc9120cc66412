import type { Rule, RuleOutcome, RuleParams } from '../../lib/policy/rule';
import { Json, TerraformDocument, parseTerraform } from '../../lib/terraform-json';

/** Resources by type and name, as in a `resource` block. */
export type Resources = Record<string, Record<string, Json>>;

/** A configuration-JSON document with these resources (and providers). */
export function tf(resource: Resources, provider?: Record<string, Json[]>): TerraformDocument {
  return parseTerraform({ resource, ...(provider ? { provider } : {}) });
}

/** Runs a rule over a document. */
export function run(rule: Rule, doc: TerraformDocument, params: RuleParams = {}): RuleOutcome {
  return rule.check(doc, params);
}

/** One compliant and one non-compliant document for a rule. */
export interface RuleCase {
  readonly rule: Rule;
  readonly pass: TerraformDocument;
  readonly fail: TerraformDocument;
  /** Address the failing document must name. */
  readonly failing: string;
  readonly params?: RuleParams;
}

/** Registers the pass / fail tests of each case. */
export function describeRules(cases: readonly RuleCase[]): void {
  for (const c of cases) {
    describe(c.rule.id, () => {
      it('passes a compliant configuration', () => {
        expect(run(c.rule, c.pass, c.params)).toEqual({ status: 'pass' });
      });
      it('fails a non-compliant configuration, naming the resource', () => {
        const outcome = run(c.rule, c.fail, c.params);
        expect(outcome.status).toBe('fail');
        const addresses = outcome.status === 'fail' ? outcome.violations.map((v) => v.resource?.address ?? v.address) : [];
        expect(addresses).toContain(c.failing);
      });
    });
  }
}
