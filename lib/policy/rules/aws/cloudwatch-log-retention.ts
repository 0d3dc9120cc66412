import { minimumDaysRule } from '../../private/minimum-days';

/** CloudWatch log groups keep events for at least the pack's retention (0 / unset means forever). */
export const cloudwatchLogRetention = minimumDaysRule(__filename, {
  description: 'CloudWatch log groups keep events for at least the pack minimum',
  category: 'log-retention',
  severity: 'error',
  fix: 'Raise retention_in_days (tier monitoring.logRetentionDays or the tenant overrides.logRetentionDays)',
  types: 'aws_cloudwatch_log_group',
  attribute: 'retention_in_days',
  threshold: 'minLogRetentionDays',
  // The basic security level's floor (lib/model/security.ts).
  defaultMinimum: 7,
  // Unset keeps events forever (CloudWatch Logs API, PutRetentionPolicy).
  serviceDefault: 0,
  zeroIsForever: true,
  kept: 'events',
});
