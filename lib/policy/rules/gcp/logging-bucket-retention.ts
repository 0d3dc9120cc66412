import { checkEach, defineRule } from '../../rule';
import { num } from '../../../terraform-json';

/** Cloud Logging keeps 30 days in a bucket when none is set. */
const GCP_DEFAULT_RETENTION_DAYS = 30;
/** When a pack sets no threshold: the basic security level's floor (lib/model/security.ts). */
const DEFAULT_MIN_DAYS = 7;

/** Log buckets keep entries for at least the pack's retention. */
export const loggingBucketRetention = defineRule(__filename, {
  description: 'Cloud Logging buckets keep logs for at least the pack minimum',
  category: 'log-retention',
  severity: 'error',
  fix: 'Raise retention_days on the google_logging_project_bucket_config (or the tier monitoring.logRetentionDays)',
  check: (doc, params) => {
    const min = params.minLogRetentionDays ?? DEFAULT_MIN_DAYS;
    return checkEach(doc, 'google_logging_project_bucket_config', (b) => {
      const days = num(b.values.retention_days) ?? GCP_DEFAULT_RETENTION_DAYS;
      return days >= min ? undefined : `logs kept ${days} days, fewer than ${min}`;
    });
  },
});
