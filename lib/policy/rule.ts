import * as path from 'path';
import type { Cloud } from '../model/enums';
import type { TerraformDocument, TerraformResource } from '../terraform-json';

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

/** One resource that fails a rule. */
export interface Violation {
  readonly resource?: TerraformResource;
  /** Address when there is no resource, e.g. `provider.aws` for a provider block. */
  readonly address?: string;
  readonly message: string;
}

/** Tri-state result of a rule: not applicable when the document has nothing it checks. */
export type RuleOutcome =
  | { readonly status: 'pass' }
  | { readonly status: 'not-applicable' }
  | { readonly status: 'fail'; readonly violations: readonly Violation[] };

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

/**
 * Runs `test` over every resource of `types`; `test` returns a message for a violation or undefined when compliant.
 * Not applicable when there is no such resource.
 */
export function checkEach(
  doc: TerraformDocument,
  types: string | readonly string[],
  test: (r: TerraformResource) => string | undefined,
): RuleOutcome {
  const list = typeof types === 'string' ? [types] : types;
  const targets = doc.resources.filter((r) => list.includes(r.type));
  if (targets.length === 0) return { status: 'not-applicable' };
  const violations: Violation[] = [];
  for (const resource of targets) {
    const message = test(resource);
    if (message) violations.push({ resource, message });
  }
  return violations.length > 0 ? { status: 'fail', violations } : { status: 'pass' };
}
