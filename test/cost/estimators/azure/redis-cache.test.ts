import { estimateOne } from '../../fixtures';

describe('azurerm_redis_cache', () => {
  it('prices a Standard C1 (primary and replica included)', () => {
    expect(estimateOne('azure', 'azurerm_redis_cache', { sku_name: 'Standard', family: 'C', capacity: 1 }).monthlyCost).toBeCloseTo(0.138 * 730, 6);
  });

  it('multiplies Premium by shards and by extra replicas (nodes per shard / 2)', () => {
    const cost = estimateOne('azure', 'azurerm_redis_cache', { sku_name: 'Premium', family: 'P', capacity: 2, shard_count: 3, replicas_per_primary: 2 });
    expect(cost.monthlyCost).toBeCloseTo(((3 * 3) / 2) * 1.108 * 730, 6);
  });

  it('prices a Premium P1 with defaults as one shard of two nodes', () => {
    expect(estimateOne('azure', 'azurerm_redis_cache', { sku_name: 'Premium', family: 'P', capacity: 1 }).monthlyCost).toBeCloseTo(0.554 * 730, 6);
  });
});
