import type { Estimator } from '../../context';

/**
 * Azure Cache for Redis: the SKU's hourly price (`<tier>-<family><capacity>`). Standard and Premium prices cover
 * a primary and one replica; Premium multiplies by shard_count and by nodes per shard / 2 when
 * replicas_per_primary adds replicas.
 */
export const azurermRedisCache: Estimator = (ctx) => {
  const tier = ctx.string('sku_name');
  const family = ctx.string('family');
  const capacity = ctx.number('capacity');
  const shards = Math.max(1, ctx.number('shard_count', 1) ?? 1);
  const replicas = ctx.firstNumber(['replicas_per_primary', 'replicas_per_master'], 1);
  if (ctx.unknowns.length > 0 || tier === undefined || family === undefined || capacity === undefined || replicas === undefined) return [];
  const sku = `${tier}-${family}${capacity}`;
  if (tier !== 'Premium') return [ctx.hourly(`Cache (${tier} ${family}${capacity})`, 1, 'redis', sku)];
  const nodesPerShard = replicas + 1;
  const units = (shards * nodesPerShard) / 2;
  return [ctx.hourly(`Cache (Premium ${family}${capacity}, ${shards} shards x ${nodesPerShard} nodes)`, units, 'redis', sku)];
};
