import type { Estimator } from '../../context';

/** Storage account: blob storage per GB-month by access tier and replication, from the storage assumption. */
export const azurermStorageAccount: Estimator = (ctx) => {
  const accessTier = ctx.string('access_tier', 'Hot');
  const replication = ctx.string('account_replication_type', 'LRS');
  if (accessTier === undefined || replication === undefined) return [];
  const { quantity, usage } = ctx.usageShare(ctx.usage.storageGb, 'usage.storageGb', 'GB');
  return [ctx.line(`Blob storage (${accessTier}, ${replication})`, quantity, 'GB-months', 'blob', `${accessTier}-${replication}`, usage)];
};
