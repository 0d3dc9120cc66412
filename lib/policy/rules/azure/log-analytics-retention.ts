import { minimumDaysRule } from '../../private/minimum-days';
import { AZURERM } from '../../private/providers';
import { text } from '../../read';

/** Log Analytics workspaces keep logs for at least the pack's retention. */
export const logAnalyticsRetention = minimumDaysRule(__filename, {
  description: 'Log Analytics workspaces keep logs for at least the pack minimum',
  category: 'log-retention',
  severity: 'error',
  fix: 'Raise retention_in_days (30-730; archive beyond) or the tier monitoring.logRetentionDays',
  understands: [
    { form: 'azurerm_log_analytics_workspace.retention_in_days (30–730)', providers: AZURERM },
    { form: 'retention_in_days = 7 with sku = "Free"', providers: 'azurerm 3.x' },
  ],
  types: 'azurerm_log_analytics_workspace',
  attribute: 'retention_in_days',
  threshold: 'minLogRetentionDays',
  // The basic security level's floor (lib/model/security.ts).
  defaultMinimum: 7,
  // Log Analytics keeps 30 days when none is set.
  serviceDefault: 30,
  // azurerm docs, retention_in_days: "Possible values are either 7 (Free Tier only) or range between 30 and 730"
  // (3.x); "between 30 and 730" (4.x, 5.x: the 4.0 upgrade guide dropped the Free sku).
  valid: (ws) => (text(ws.values, 'sku') === 'Free' ? { values: [7] } : { min: 30, max: 730 }),
  kept: 'logs',
});
