import { minimumDaysRule } from '../../private/minimum-days';
import { GOOGLE } from '../../private/providers';

/** Log buckets keep entries for at least the pack's retention. */
export const loggingBucketRetention = minimumDaysRule(__filename, {
  description: 'Cloud Logging buckets keep logs for at least the pack minimum',
  category: 'log-retention',
  severity: 'error',
  fix: 'Raise retention_days on the google_logging_project_bucket_config (or the tier monitoring.logRetentionDays)',
  understands: [{ form: 'google_logging_project_bucket_config.retention_days (unset or 0 at creation: 30)', providers: GOOGLE }],
  types: 'google_logging_project_bucket_config',
  attribute: 'retention_days',
  threshold: 'minLogRetentionDays',
  // The basic security level's floor (lib/model/security.ts).
  defaultMinimum: 7,
  // google docs, retention_days: "If this value is set to zero at bucket creation time, the default time of 30 days
  // will be used"; unset likewise keeps 30 days.
  serviceDefault: 30,
  zeroIsDefault: true,
  kept: 'logs',
});
