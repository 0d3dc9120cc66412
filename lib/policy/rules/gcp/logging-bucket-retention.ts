import { minimumDaysRule } from '../../private/minimum-days';

/** Log buckets keep entries for at least the pack's retention. */
export const loggingBucketRetention = minimumDaysRule(__filename, {
  description: 'Cloud Logging buckets keep logs for at least the pack minimum',
  category: 'log-retention',
  severity: 'error',
  fix: 'Raise retention_days on the google_logging_project_bucket_config (or the tier monitoring.logRetentionDays)',
  types: 'google_logging_project_bucket_config',
  attribute: 'retention_days',
  threshold: 'minLogRetentionDays',
  // The basic security level's floor (lib/model/security.ts).
  defaultMinimum: 7,
  // Cloud Logging keeps 30 days in a bucket when none is set.
  serviceDefault: 30,
  kept: 'logs',
});
