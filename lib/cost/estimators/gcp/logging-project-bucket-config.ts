import { DAYS_PER_MONTH } from '../../catalog/schema';
import type { Estimator } from '../../context';

/** Days of retention Cloud Logging storage includes. */
export const CLOUD_LOGGING_INCLUDED_RETENTION_DAYS = 30;

/** Cloud Logging bucket: log storage per GB ingested (30 days included) and retention beyond it (usage-based). */
export const googleLoggingProjectBucketConfig: Estimator = (ctx) => {
  const retention = ctx.number('retention_days', CLOUD_LOGGING_INCLUDED_RETENTION_DAYS);
  if (retention === undefined) return [];
  const { quantity, usage } = ctx.usageShare(ctx.usage.logIngestionGb, 'usage.logIngestionGb', 'GB/month');
  const lines = [ctx.line('Log storage (ingestion)', quantity, 'GB', 'logging-ingestion', 'storage', usage)];
  const extraDays = retention - CLOUD_LOGGING_INCLUDED_RETENTION_DAYS;
  if (extraDays > 0) {
    lines.push(ctx.line(`Retention (${retention} days)`, (quantity * extraDays) / DAYS_PER_MONTH, 'GB-months', 'logging-retention', 'retained', usage));
  }
  return lines;
};
