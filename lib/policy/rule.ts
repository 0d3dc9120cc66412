import * as path from 'path';
import type { Cloud } from '../model/enums';
import { UNKNOWN, type TerraformDocument, type TerraformResource, type Unknown } from '../terraform-json';

/** How bad a finding is: `error` fails synth and `tenants check`, `warning` is reported only. */
export type Level = 'error' | 'warning';

/** What a rule protects; packs attach controls and levels per category. */
export const CATEGORIES = [
  'encryption-at-rest',
  'customer-managed-key',
  'key-rotation',
  'encryption-in-transit',
  'public-exposure',
  'private-endpoint',
  'audit-logging',
  'extended-logging',
  'log-retention',
  'backup',
  'high-availability',
  'deletion-protection',
  'network-policy',
  'identity',
  'hardening',
  'residency',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Thresholds a pack passes to its rules; each rule reads the ones it needs and falls back to its own default. */
export interface RuleParams {
  /** Fewest days logs are kept. */
  readonly minLogRetentionDays?: number;
  /** Fewest days automated database backups are kept. */
  readonly minBackupRetentionDays?: number;
  /** Most days between automatic key rotations. */
  readonly maxKeyRotationDays?: number;
  /** Regions data may live in. */
  readonly allowedRegions?: readonly string[];
}

/** One resource that fails a rule, or that the rule cannot decide. */
export interface Violation {
  readonly resource?: TerraformResource;
  /** Address when there is no resource, e.g. `provider.aws` for a provider block. */
  readonly address?: string;
  readonly message: string;
  /**
   * `error` whatever level the pack gives the rule: a value outside what the service accepts (which `terraform
   * apply` would fail on), e.g. an RDS backup retention of 36 days. @default - the pack's level
   */
  readonly level?: 'error';
}

/**
 * Result of a rule over a document: not applicable when the document has nothing it checks; `undecided` when a
 * value the rule needs is unknown (a variable without a value, an attribute known only after apply) for some
 * resources and no resource fails; `fail` lists the failures and any resources it could not decide.
 */
export type RuleOutcome =
  | { readonly status: 'pass' }
  | { readonly status: 'not-applicable' }
  | { readonly status: 'undecided'; readonly undecided: readonly Violation[] }
  | { readonly status: 'fail'; readonly violations: readonly Violation[]; readonly undecided?: readonly Violation[] };

/** One attribute form a rule reads, and the provider versions that document it. */
export interface AttributeForm {
  /** The attributes, as a dotted path: `api_server_access_profile.authorized_ip_ranges`, `parameter[rds.force_ssl]`. */
  readonly form: string;
  /** The provider versions that document the form, e.g. `azurerm 3.x–5.x`, `google < 4.0`. */
  readonly providers: string;
}

export interface RuleSpec {
  /** One line: what a compliant configuration does. */
  readonly description: string;
  readonly category: Category;
  /** Level when a pack does not set one. */
  readonly severity: Level;
  /** How to fix a violation, in Terraform/construct terms. */
  readonly fix: string;
  /** The pure check. */
  readonly check: (doc: TerraformDocument, params: RuleParams) => RuleOutcome;
  /**
   * The attribute forms (and the provider versions that document them) the rule reads, for RULES.md.
   * @default - not listed
   */
  readonly understands?: readonly AttributeForm[];
}

export interface Rule extends RuleSpec {
  /** Built-in rules: `<cloud>-<file name>`, e.g. `aws-s3-bucket-encryption`; your own: any id that is not taken. */
  readonly id: string;
  /** The cloud whose resources the rule reads. */
  readonly cloud: Cloud;
}

/** Rule ids: lowercase letters, digits and single hyphens, as the built-in ones. */
export const RULE_ID_PATTERN = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

/**
 * Makes a rule. The built-in rules take their id and cloud from their file (`rules/aws/s3-bucket-encryption.ts` ->
 * `aws-s3-bucket-encryption`); your own rules name them: `defineRule({ id: 'acme-bucket-owner-tag', cloud: 'aws', ... })`.
 * @throws Error when the id is not lowercase words joined by hyphens.
 */
export function defineRule(file: string, spec: RuleSpec): Rule;
export function defineRule(rule: RuleSpec & { readonly id: string; readonly cloud: Cloud }): Rule;
export function defineRule(fileOrRule: string | (RuleSpec & { readonly id: string; readonly cloud: Cloud }), spec?: RuleSpec): Rule {
  if (typeof fileOrRule !== 'string') {
    if (!RULE_ID_PATTERN.test(fileOrRule.id)) {
      throw new Error(`rule id '${fileOrRule.id}' must be lowercase letters and digits joined by single hyphens, e.g. 'acme-bucket-owner-tag'`);
    }
    return { ...fileOrRule };
  }
  const cloud = path.basename(path.dirname(fileOrRule)) as Cloud;
  const name = path.basename(fileOrRule).replace(/\.(d\.)?[jt]s$/, '');
  return { ...spec!, id: `${cloud}-${name}`, cloud };
}

/** Thrown by a rule's test when a value it needs is unknown: `checkEach` reports the resource as undecided. */
export class Undecided extends Error {
  override readonly name = 'Undecided';
}

/** Stops the test of one resource: the rule cannot decide it, for `reason`. */
export function undecided(reason: string): never {
  throw new Undecided(reason);
}

/**
 * The value, when known; a value only known at apply time (UNKNOWN, a `${...}` string) makes the resource undecided.
 * @param what names the value in the message: `multi_az`, `the engine`.
 * @param written the value as written, shown in the message. @default - `value` when it is a string
 */
export function known<T>(value: T | Unknown, what: string, written: unknown = value): Exclude<T, Unknown> {
  if (value === UNKNOWN || (typeof value === 'string' && value.includes('${'))) {
    const shown = typeof written === 'string' ? ` (${written.length > 80 ? `${written.slice(0, 77)}...` : written})` : '';
    return undecided(`${what} is not known${shown}: give its variables a value (--var, --var-file) or check a plan`);
  }
  return value as Exclude<T, Unknown>;
}

/** What a test says of one resource: compliant (undefined), a violation message, or a violation at a forced level. */
export type ResourceVerdict = string | undefined | { readonly message: string; readonly level?: 'error' };

/** The outcome of a rule over resources it tested: fails first, then undecided, then pass. */
export function outcomeOf(violations: readonly Violation[], undecidedOnes: readonly Violation[] = []): RuleOutcome {
  if (violations.length > 0) return undecidedOnes.length > 0 ? { status: 'fail', violations, undecided: undecidedOnes } : { status: 'fail', violations };
  return undecidedOnes.length > 0 ? { status: 'undecided', undecided: undecidedOnes } : { status: 'pass' };
}

/**
 * Runs `test` over every resource of `types`; `test` returns a message for a violation or undefined when compliant,
 * and throws `Undecided` (through `known` or `undecided`) when a value it needs is unknown. Not applicable when
 * there is no such resource.
 */
export function checkEach(
  doc: TerraformDocument,
  types: string | readonly string[],
  test: (r: TerraformResource) => ResourceVerdict,
): RuleOutcome {
  const list = typeof types === 'string' ? [types] : types;
  const targets = doc.resources.filter((r) => list.includes(r.type));
  if (targets.length === 0) return { status: 'not-applicable' };
  const violations: Violation[] = [];
  const undecidedOnes: Violation[] = [];
  for (const resource of targets) {
    try {
      const verdict = test(resource);
      if (typeof verdict === 'string' && verdict) violations.push({ resource, message: verdict });
      else if (typeof verdict === 'object') violations.push({ resource, ...verdict });
    } catch (e) {
      if (!(e instanceof Undecided)) throw e;
      undecidedOnes.push({ resource, message: e.message });
    }
  }
  return outcomeOf(violations, undecidedOnes);
}
