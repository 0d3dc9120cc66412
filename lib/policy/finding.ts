import type { Category, Level } from './rule';
import type { PackId } from './packs/pack';

/** A framework control a finding bears on, e.g. `{ pack: 'hipaa', control: '164.312(a)(2)(iv)' }`. */
export interface ControlRef {
  readonly pack: PackId;
  readonly control: string;
}

/** Why a finding is accepted. */
export interface SuppressionNote {
  readonly reason: string;
  readonly expires?: string;
  /** `tenant` for a tenant-file suppression, `transfer-basis` for a documented GDPR transfer basis. */
  readonly by: 'tenant' | 'transfer-basis';
}

/** One resource failing one rule (or that the rule could not decide), after every selected pack has had its say. */
export interface Finding {
  readonly ruleId: string;
  /**
   * `fail`: the resource breaks the rule. `undecided`: a value the rule needs is unknown (a variable without a value,
   * an attribute known only after apply), so the rule could neither pass nor fail it; `message` says which value.
   */
  readonly status: 'fail' | 'undecided';
  /** The strictest level any selected pack gives the rule. */
  readonly level: Level;
  readonly category: Category;
  /** Terraform address, e.g. `aws_s3_bucket.data` or `provider.aws`. */
  readonly address: string;
  /** Construct path from the `"//"` metadata, when known. */
  readonly path?: string;
  /** File the resource came from, when checked from disk. */
  readonly file?: string;
  readonly message: string;
  readonly fix: string;
  readonly packs: readonly PackId[];
  readonly controls: readonly ControlRef[];
  /** Set when a suppression (or a transfer basis) accepts the finding; it still appears in reports. */
  readonly suppressed?: SuppressionNote;
  /** Set when a suppression matched but has expired: the finding is back. */
  readonly expiredSuppression?: SuppressionNote;
}

/** Result of one rule over the document (see RuleOutcome), or `error` when it threw. */
export type RuleStatus = 'pass' | 'fail' | 'undecided' | 'not-applicable' | 'error';

export interface RuleResult {
  readonly ruleId: string;
  readonly status: RuleStatus;
  readonly packs: readonly PackId[];
}

export interface PolicySummary {
  /** Unsuppressed error findings: any makes synth and `tenants check` fail. */
  readonly errors: number;
  readonly warnings: number;
  /**
   * Unsuppressed findings a rule could not decide. At error level they fail synth (a stack this library builds knows
   * every value its rules read) and make `tenants check` exit 3 unless `--allow-undecided`.
   */
  readonly undecided: number;
  readonly suppressed: number;
  /** Rules that passed, failed (or threw), could not decide any resource, or found nothing to check. */
  readonly passed: number;
  readonly failed: number;
  readonly undecidedRules: number;
  readonly notApplicable: number;
}

export interface PolicyReport {
  /** What was checked: a stack name or file, for report headings. */
  readonly target: string;
  readonly packs: readonly PackId[];
  readonly findings: readonly Finding[];
  readonly results: readonly RuleResult[];
  readonly summary: PolicySummary;
  /** Tenant suppressions that matched no finding (stale or misspelt). */
  readonly unusedSuppressions: readonly { readonly rule: string; readonly resource?: string }[];
}

/** True when the finding makes the check fail: an unsuppressed error-level failure. */
export function isBlocking(f: Finding): boolean {
  return f.status === 'fail' && f.level === 'error' && !f.suppressed;
}

/** True for an unsuppressed finding its rule could not decide. */
export function isUndecided(f: Finding): boolean {
  return f.status === 'undecided' && !f.suppressed;
}

/**
 * True when an error-level rule could not decide the resource (and no suppression accepts that): synth fails on it,
 * `tenants check` exits 3 for it.
 */
export function isUndecidedError(f: Finding): boolean {
  return isUndecided(f) && f.level === 'error';
}
