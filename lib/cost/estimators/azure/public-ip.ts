import type { Estimator } from '../../context';

/** Public IP: per hour by SKU (Standard is the provider default). */
export const azurermPublicIp: Estimator = (ctx) => {
  const sku = ctx.string('sku', 'Standard');
  if (sku === undefined) return [];
  return [ctx.hourly(`Public IPv4 address (${sku})`, 1, 'public-ip', sku)];
};
