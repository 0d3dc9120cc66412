import { HOURS_PER_MONTH } from '../../catalog/schema';
import type { Estimator } from '../../context';

/** Memorystore capacity tiers: the upper bound of each, GB (M5 is everything above 100 GB). */
const CAPACITY_TIERS: readonly (readonly [number, string])[] = [
  [4, 'M1'],
  [10, 'M2'],
  [35, 'M3'],
  [100, 'M4'],
];

/** The capacity tier that prices an instance of `gb` GB. */
export function memorystoreCapacityTier(gb: number): string {
  return CAPACITY_TIERS.find(([max]) => gb <= max)?.[1] ?? 'M5';
}

/**
 * Memorystore for Redis: GB-hours at the tier's price for the instance's capacity tier. The Standard (HA) price
 * covers a primary and one replica; with read replicas, each node adds half of it (nodes / 2).
 */
export const googleRedisInstance: Estimator = (ctx) => {
  const tier = ctx.string('tier', 'BASIC');
  const gb = ctx.number('memory_size_gb');
  const replicas = ctx.number('replica_count', 1);
  if (ctx.unknowns.length > 0 || tier === undefined || gb === undefined || replicas === undefined) return [];
  const capacity = memorystoreCapacityTier(gb);
  if (tier !== 'STANDARD_HA') {
    return [ctx.line(`Memory (${gb} GB, Basic ${capacity})`, gb * HOURS_PER_MONTH, 'GB-hours', 'memorystore-basic', capacity)];
  }
  const nodes = 1 + Math.max(1, replicas);
  return [
    ctx.line(`Memory (${gb} GB, Standard ${capacity}, ${nodes} nodes)`, (gb * HOURS_PER_MONTH * nodes) / 2, 'GB-hours', 'memorystore-standard', capacity),
  ];
};
