import { minimumDaysRule } from '../../private/minimum-days';

/** Log Analytics workspaces keep logs for at least the pack's retention. */
export const logAnalyticsRetention = minimumDaysRule(__filename, {
  description: 'Log Analytics workspaces keep logs for at least the pack minimum',
  category: 'log-retention',
  severity: 'error',
  fix: 'Raise retention_in_days (30-730; archive beyond) or the tier monitoring.logRetentionDays',
  types: 'azurerm_log_analytics_workspace',
  attribute: 'retention_in_days',
  threshold: 'minLogRetentionDays',
  // The basic security level's floor (lib/model/security.ts).
  defaultMinimum: 7,
  // Log Analytics keeps 30 days when none is set.
  serviceDefault: 30,
  kept: 'logs',
});
