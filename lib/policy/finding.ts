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

/** One resource failing one rule, after every selected pack has had its say. */
export interface Finding {
  readonly ruleId: string;
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

/** Tri-state result of one rule over the document, or `error` when it threw. */
export type RuleStatus = 'pass' | 'fail' | 'not-applicable' | 'error';

export interface RuleResult {
  readonly ruleId: string;
  readonly status: RuleStatus;
  readonly packs: readonly PackId[];
}

export interface PolicySummary {
  /** Unsuppressed error findings: any makes synth and `tenants check` fail. */
  readonly errors: number;
  readonly warnings: number;
  readonly suppressed: number;
  readonly passed: number;
  readonly failed: number;
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

/** True when the finding makes the check fail. */
export function isBlocking(f: Finding): boolean {
  return f.level === 'error' && !f.suppressed;
}
