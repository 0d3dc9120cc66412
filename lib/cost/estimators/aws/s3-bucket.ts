import type { Estimator } from '../../context';

/** S3 bucket: Standard storage per GB-month, from the tenant's storage assumption (usage-based). */
export const awsS3Bucket: Estimator = (ctx) => {
  const { quantity, usage } = ctx.usageShare(ctx.usage.storageGb, 'usage.storageGb', 'GB');
  return [ctx.line('Storage (Standard)', quantity, 'GB-months', 's3', 'STANDARD', usage)];
};
