import type { Estimator } from '../../context';

/** NAT gateway: per resource-hour, plus data processed (usage-based, when an assumption is given). */
export const azurermNatGateway: Estimator = (ctx) => {
  const lines = [ctx.hourly('NAT gateway', 1, 'nat-gateway', 'gateway')];
  if (ctx.usage.natDataGb > 0) {
    const { quantity, usage } = ctx.usageShare(ctx.usage.natDataGb, 'usage.natDataGb', 'GB');
    lines.push(ctx.line('Data processed', quantity, 'GB', 'nat-gateway-data', 'processed', usage));
  }
  return lines;
};
