import type { Rule, RuleOutcome, RuleParams } from '../../lib/policy/rule';
import { Json, TerraformDocument, isObject, parseTerraform } from '../../lib/terraform-json';

/** Resources by type and name, as in a `resource` block. */
export type Resources = Record<string, Record<string, Json>>;

/** Attributes whose values are maps, not blocks: HCL converters keep them objects. */
const MAP_ATTRIBUTES = new Set(['tags', 'labels', 'resource_labels', 'metadata', '//', 'for_each', 'default']);

/**
 * The same configuration as HCL converters (hcl2json, `terraform-config-inspect`-style tools) write it: every block,
 * top level or nested, a list of objects (`{ "vpc_config": [{ ... }] }`, `{ "aws_s3_bucket": { "b": [{ ... }] } }`).
 */
export function asBlockLists(value: unknown, key = ''): unknown {
  if (Array.isArray(value)) return value.map((v) => asBlockLists(v, key));
  if (!isObject(value) || MAP_ATTRIBUTES.has(key)) return value;
  const converted = Object.fromEntries(Object.entries(value).map(([k, v]) => [k, isObject(v) && !MAP_ATTRIBUTES.has(k) ? [asBlockLists(v, k)] : asBlockLists(v, k)]));
  return converted;
}

/** A configuration-JSON document with these resources (and providers), and any other top-level blocks. */
export function tf(resource: Resources, provider?: Record<string, Json[]>, extra: Json = {}): TerraformDocument {
  return parseTerraform({ resource, ...(provider ? { provider } : {}), ...extra });
}

/** The same document with every block written as a list of blocks. */
export function tfLists(resource: Resources, provider?: Record<string, Json[]>, extra: Json = {}): TerraformDocument {
  const byType = Object.fromEntries(
    Object.entries(resource).map(([type, byName]) => [type, Object.fromEntries(Object.entries(byName).map(([name, body]) => [name, [asBlockLists(body)]]))]),
  );
  const top = Object.fromEntries(Object.entries(extra).map(([k, v]) => [k, [v]]));
  return parseTerraform({ resource: byType, ...(provider ? { provider } : {}), ...top });
}

/** Runs a rule over a document. */
export function run(rule: Rule, doc: TerraformDocument, params: RuleParams = {}): RuleOutcome {
  return rule.check(doc, params);
}

/** Addresses an outcome names as failing. */
export function failing(outcome: RuleOutcome): string[] {
  return outcome.status === 'fail' ? outcome.violations.map((v) => v.resource?.address ?? v.address ?? '') : [];
}

/** Addresses an outcome names as undecided. */
export function undecidedIn(outcome: RuleOutcome): string[] {
  return outcome.status === 'fail' || outcome.status === 'undecided' ? (outcome.undecided ?? []).map((v) => v.resource?.address ?? v.address ?? '') : [];
}

/** The two ways Terraform JSON writes a configuration: blocks as objects, or as lists of blocks. */
export const FORMS = [
  ['as objects', tf],
  ['as lists of blocks', tfLists],
] as const;

/** One compliant and one non-compliant configuration for a rule, written as resources. */
export interface RuleCase {
  readonly rule: Rule;
  readonly pass: Resources;
  readonly fail: Resources;
  /** Address the failing document must name. */
  readonly failing: string;
  readonly params?: RuleParams;
  /** Provider blocks of the compliant and non-compliant documents. @default none */
  readonly passProvider?: Record<string, Json[]>;
  readonly failProvider?: Record<string, Json[]>;
  /** Other top-level blocks (variable, locals, terraform). @default {} */
  readonly extra?: Json;
}

/** Registers the pass / fail tests of each case, with its blocks written as objects and as lists of blocks. */
export function describeRules(cases: readonly RuleCase[]): void {
  for (const c of cases) {
    describe(c.rule.id, () => {
      it.each(FORMS)('passes a compliant configuration written %s', (_, form) => {
        expect(run(c.rule, form(c.pass, c.passProvider, c.extra), c.params)).toEqual({ status: 'pass' });
      });
      it.each(FORMS)('fails a non-compliant configuration written %s, naming the resource', (_, form) => {
        const outcome = run(c.rule, form(c.fail, c.failProvider, c.extra), c.params);
        expect(outcome.status).toBe('fail');
        expect(failing(outcome)).toContain(c.failing);
      });
    });
  }
}

/** One configuration and what a rule must say of it, in both ways of writing blocks. */
export interface FormCase {
  /** What the case shows, for the test name. */
  readonly name: string;
  readonly rule: Rule;
  readonly resources: Resources;
  readonly expect: 'pass' | 'fail' | 'undecided';
  /** Address the outcome must name (fail or undecided). */
  readonly address?: string;
  /** What the violation or undecided message must say. */
  readonly message?: RegExp;
  /** The level a violation forces (a value outside the service's range). */
  readonly level?: 'error';
  readonly provider?: Record<string, Json[]>;
  /** Other top-level blocks: variable, locals, terraform. */
  readonly extra?: Json;
  readonly params?: RuleParams;
}

/** Registers each case twice: blocks written as objects and as lists of blocks. */
export function describeForms(cases: readonly FormCase[]): void {
  for (const c of cases) {
    it.each(FORMS)(`${c.rule.id}: ${c.name} (%s)`, (_, form) => {
      const outcome = run(c.rule, form(c.resources, c.provider, c.extra), c.params);
      expect(outcome.status).toBe(c.expect);
      if (c.expect === 'pass') return;
      const entries = c.expect === 'fail' && outcome.status === 'fail' ? outcome.violations : outcome.status !== 'pass' && outcome.status !== 'not-applicable' ? (outcome.undecided ?? []) : [];
      const named = entries.filter((v) => (v.resource?.address ?? v.address) === c.address);
      expect(named.length).toBe(1);
      if (c.message) expect(named[0].message).toMatch(c.message);
      if (c.level) expect(named[0].level).toBe(c.level);
    });
  }
}
