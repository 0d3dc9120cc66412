import type { Estimator } from '../../context';

/** Cloud Storage multi-region locations. */
const MULTI_REGIONS = ['US', 'EU', 'ASIA'];

/** Cloud Storage bucket: storage per GB-month by class and location type, from the storage assumption. */
export const googleStorageBucket: Estimator = (ctx) => {
  const storageClass = ctx.string('storage_class', 'STANDARD');
  const location = ctx.string('location', '');
  if (storageClass === undefined || location === undefined) return [];
  const upper = location.toUpperCase();
  const dualRegion = /^[A-Z]+\d+$/.test(upper) && !/-/.test(upper);
  const key = MULTI_REGIONS.includes(upper) ? `${storageClass}-multi-region` : dualRegion ? `${storageClass}-dual-region` : storageClass;
  const { quantity, usage } = ctx.usageShare(ctx.usage.storageGb, 'usage.storageGb', 'GB');
  return [ctx.line(`Storage (${storageClass}${location ? `, ${location}` : ''})`, quantity, 'GB-months', 'gcs', key, usage)];
};
