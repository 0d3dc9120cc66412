import { DAYS_PER_MONTH } from '../../catalog/schema';
import type { Estimator } from '../../context';
import { NEVER_EXPIRE_ASSUMED_DAYS } from '../../usage';

/**
 * CloudWatch log group: ingestion per GB and archived storage per GB-month, both usage-based. Stored volume at
 * steady state = monthly ingestion x retention (months), uncompressed: an upper bound.
 */
export const awsCloudwatchLogGroup: Estimator = (ctx) => {
  const retention = ctx.number('retention_in_days', 0);
  if (retention === undefined) return [];
  const days = retention > 0 ? retention : NEVER_EXPIRE_ASSUMED_DAYS;
  if (retention === 0) ctx.notes.push(`logs never expire: storage assumes ${NEVER_EXPIRE_ASSUMED_DAYS} days`);
  const { quantity, usage } = ctx.usageShare(ctx.usage.logIngestionGb, 'usage.logIngestionGb', 'GB/month');
  const stored = (quantity * days) / DAYS_PER_MONTH;
  return [
    ctx.line('Log ingestion', quantity, 'GB', 'logs-ingestion', 'standard', usage),
    ctx.line(`Log storage (${days} days retention)`, stored, 'GB-months', 'logs-storage', 'archived', usage),
  ];
};
