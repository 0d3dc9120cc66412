import { minimumDaysRule } from '../../private/minimum-days';
import { AWS } from '../../private/providers';

/**
 * The retentions CloudWatch Logs accepts: the aws_cloudwatch_log_group `retention_in_days` argument lists them
 * (provider docs: "Possible values are: 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827,
 * 2192, 2557, 2922, 3288, 3653, and 0"), as does the PutRetentionPolicy API.
 */
const RETENTION_VALUES = [0, 1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];

/** CloudWatch log groups keep events for at least the pack's retention (0 / unset means forever). */
export const cloudwatchLogRetention = minimumDaysRule(__filename, {
  description: 'CloudWatch log groups keep events for at least the pack minimum',
  category: 'log-retention',
  severity: 'error',
  fix: 'Raise retention_in_days (tier monitoring.logRetentionDays or the tenant overrides.logRetentionDays)',
  understands: [{ form: 'aws_cloudwatch_log_group.retention_in_days (number or numeric string; 0 or unset: forever)', providers: AWS }],
  types: 'aws_cloudwatch_log_group',
  attribute: 'retention_in_days',
  threshold: 'minLogRetentionDays',
  // The basic security level's floor (lib/model/security.ts).
  defaultMinimum: 7,
  // Unset keeps events forever (CloudWatch Logs API, PutRetentionPolicy).
  serviceDefault: 0,
  zeroIsForever: true,
  valid: { values: RETENTION_VALUES },
  kept: 'events',
});
