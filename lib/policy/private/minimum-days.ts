import { checkEach, defineRule, RuleParams, RuleSpec, type Rule } from '../rule';
import type { TerraformResource } from '../../terraform-json';
import { get, num } from '../../terraform-json';

/** What a retention rule needs to know about one attribute of one service. */
export interface MinimumDaysRuleSpec extends Omit<RuleSpec, 'check'> {
  /** The resource types the rule reads. */
  readonly types: string | readonly string[];
  /** The dotted path of the attribute holding the days (`backup_retention_period`, `settings.backup_configuration...`). */
  readonly attribute: string;
  /** The pack threshold the rule enforces. */
  readonly threshold: keyof Pick<RuleParams, 'minLogRetentionDays' | 'minBackupRetentionDays'>;
  /** The minimum when a pack sets no threshold. */
  readonly defaultMinimum: number;
  /** What the service keeps when the attribute is not set (documented per service beside each rule). */
  readonly serviceDefault: number;
  /** Says what is kept, for the message: `logs`, `backups`, `daily backups`. */
  readonly kept: string;
  /** `0` means "forever" for this service (CloudWatch Logs). @default false */
  readonly zeroIsForever?: boolean;
  /** Resources the rule does not apply to, e.g. replicas that back up through their source. @default - none */
  readonly exempt?: (resource: TerraformResource) => boolean;
}

/**
 * A rule that a retention in days is at least the pack's minimum: one factory for the log and backup retention
 * rules of every cloud, each file keeping only what differs (type, attribute, the service's default).
 */
export function minimumDaysRule(file: string, spec: MinimumDaysRuleSpec): Rule {
  const { types, attribute, threshold, defaultMinimum, serviceDefault, kept, zeroIsForever, exempt, ...rule } = spec;
  return defineRule(file, {
    ...rule,
    check: (doc, params) => {
      const min = params[threshold] ?? defaultMinimum;
      return checkEach(doc, types, (resource) => {
        if (exempt?.(resource)) return undefined;
        const days = num(get(resource.values, attribute)) ?? serviceDefault;
        if (zeroIsForever && days === 0) return undefined;
        return days >= min ? undefined : `${kept} kept ${days} day(s), fewer than ${min}`;
      });
    },
  });
}
