import { amount } from '../read';
import { checkEach, defineRule, RuleParams, RuleSpec, type Rule } from '../rule';
import type { TerraformResource } from '../../terraform-json';

/** The values a service accepts for a retention: a range, or a list of allowed values. */
export type ValidDays = { readonly min: number; readonly max: number } | { readonly values: readonly number[] };

/** What a retention rule needs to know about one attribute of one service. */
export interface MinimumDaysRuleSpec extends Omit<RuleSpec, 'check'> {
  /** The resource types the rule reads. */
  readonly types: string | readonly string[];
  /** The dotted path of the attribute holding the days (`backup_retention_period`, `settings.backup_configuration...`). */
  readonly attribute: string;
  /** The pack threshold the rule enforces. @default - `defaultMinimum` whatever the pack */
  readonly threshold?: keyof Pick<RuleParams, 'minLogRetentionDays' | 'minBackupRetentionDays'>;
  /** The minimum when a pack sets no threshold. */
  readonly defaultMinimum: number;
  /** What the service keeps when the attribute is not set (documented per service beside each rule). */
  readonly serviceDefault: number;
  /** Says what is kept, for the message: `logs`, `backups`, `daily backups`. */
  readonly kept: string;
  /** `0` means "forever" for this service (CloudWatch Logs). @default false */
  readonly zeroIsForever?: boolean;
  /** `0` means "the service's default" (Cloud Logging buckets). @default false */
  readonly zeroIsDefault?: boolean;
  /**
   * What the service accepts (documented beside each rule): a value outside is an error naming the valid values,
   * whatever the pack's level, since `terraform apply` would fail on it. @default - any value
   */
  readonly valid?: ValidDays | ((resource: TerraformResource) => ValidDays);
  /** Resources the rule does not apply to, e.g. replicas that back up through their source. @default - none */
  readonly exempt?: (resource: TerraformResource) => boolean;
}

/** `0–35`, or `one of 1, 3, 5`. */
export function describeValid(valid: ValidDays): string {
  return 'values' in valid ? `one of ${valid.values.join(', ')}` : `${valid.min}–${valid.max}`;
}

function isValid(days: number, valid: ValidDays): boolean {
  return 'values' in valid ? valid.values.includes(days) : days >= valid.min && days <= valid.max;
}

/**
 * A rule that a retention in days is at least the pack's minimum and within what the service accepts: one factory
 * for the log and backup retention rules of every cloud, each file keeping only what differs (type, attribute, the
 * service's default and range). A retention that is not known (a variable without a value) is undecided.
 */
export function minimumDaysRule(file: string, spec: MinimumDaysRuleSpec): Rule {
  const { types, attribute, threshold, defaultMinimum, serviceDefault, kept, zeroIsForever, zeroIsDefault, valid, exempt, ...rule } = spec;
  return defineRule(file, {
    ...rule,
    check: (doc, params) => {
      const min = (threshold && params[threshold]) ?? defaultMinimum;
      return checkEach(doc, types, (resource) => {
        if (exempt?.(resource)) return undefined;
        const set = amount(resource.values, attribute);
        const range = typeof valid === 'function' ? valid(resource) : valid;
        if (set !== undefined && range && !isValid(set, range)) {
          return { message: `${attribute} ${set} is outside what the service accepts (${describeValid(range)})`, level: 'error' };
        }
        const days = set === undefined || (zeroIsDefault && set === 0) ? serviceDefault : set;
        if (zeroIsForever && days === 0) return undefined;
        return days >= min ? undefined : `${kept} kept ${days} day(s), fewer than ${min}`;
      });
    },
  });
}
