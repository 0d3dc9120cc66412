import { DAYS_PER_MONTH } from '../../catalog/schema';
import type { Estimator } from '../../context';

/** Days of retention Analytics Logs ingestion includes. */
export const LOG_ANALYTICS_INCLUDED_RETENTION_DAYS = 31;

/** Log Analytics: ingestion per GB (31 days retention included) and retention beyond that per GB-month (usage-based). */
export const azurermLogAnalyticsWorkspace: Estimator = (ctx) => {
  const retention = ctx.number('retention_in_days', 30);
  if (retention === undefined) return [];
  const { quantity, usage } = ctx.usageShare(ctx.usage.logIngestionGb, 'usage.logIngestionGb', 'GB/month');
  const lines = [ctx.line('Log ingestion (Analytics)', quantity, 'GB', 'log-analytics-ingestion', 'analytics', usage)];
  const extraDays = retention - LOG_ANALYTICS_INCLUDED_RETENTION_DAYS;
  if (extraDays > 0) {
    const stored = (quantity * extraDays) / DAYS_PER_MONTH;
    lines.push(ctx.line(`Retention (${retention} days)`, stored, 'GB-months', 'log-analytics-retention', 'analytics', usage));
  }
  return lines;
};
