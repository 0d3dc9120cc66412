import { checkEach, defineRule } from '../../rule';
import { num } from '../../../terraform-json';

/** Log Analytics keeps 30 days when none is set. */
const AZURE_DEFAULT_RETENTION_DAYS = 30;
/** When a pack sets no threshold: the basic security level's floor (lib/model/security.ts). */
const DEFAULT_MIN_DAYS = 7;

/** Log Analytics workspaces keep logs for at least the pack's retention. */
export const logAnalyticsRetention = defineRule(__filename, {
  description: 'Log Analytics workspaces keep logs for at least the pack minimum',
  category: 'log-retention',
  severity: 'error',
  fix: 'Raise retention_in_days (30-730; archive beyond) or the tier monitoring.logRetentionDays',
  check: (doc, params) => {
    const min = params.minLogRetentionDays ?? DEFAULT_MIN_DAYS;
    return checkEach(doc, 'azurerm_log_analytics_workspace', (ws) => {
      const days = num(ws.values.retention_in_days) ?? AZURE_DEFAULT_RETENTION_DAYS;
      return days >= min ? undefined : `logs kept ${days} days, fewer than ${min}`;
    });
  },
});
