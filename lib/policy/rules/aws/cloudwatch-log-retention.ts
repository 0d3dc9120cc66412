import { checkEach, defineRule } from '../../rule';
import { num } from '../../../terraform-json';

/** When a pack sets no threshold: the basic security level's floor (lib/model/security.ts). */
const DEFAULT_MIN_DAYS = 7;

/** CloudWatch log groups keep events for at least the pack's retention (0 / unset means forever). */
export const cloudwatchLogRetention = defineRule(__filename, {
  description: 'CloudWatch log groups keep events for at least the pack minimum',
  category: 'log-retention',
  severity: 'error',
  fix: 'Raise retention_in_days (tier monitoring.logRetentionDays or the tenant overrides.logRetentionDays)',
  check: (doc, params) => {
    const min = params.minLogRetentionDays ?? DEFAULT_MIN_DAYS;
    return checkEach(doc, 'aws_cloudwatch_log_group', (group) => {
      const days = num(group.values.retention_in_days) ?? 0;
      return days === 0 || days >= min ? undefined : `events kept ${days} days, fewer than ${min}`;
    });
  },
});
