import { memorystoreCapacityTier } from '../../../../lib/cost/estimators/gcp/redis-instance';
import { estimateOne } from '../../fixtures';

describe('google_redis_instance', () => {
  it('prices BASIC per GB-hour at the capacity tier price', () => {
    expect(estimateOne('gcp', 'google_redis_instance', { memory_size_gb: 1 }).monthlyCost).toBeCloseTo(1 * 0.049 * 730, 6);
    expect(estimateOne('gcp', 'google_redis_instance', { tier: 'BASIC', memory_size_gb: 5 }).monthlyCost).toBeCloseTo(5 * 0.027 * 730, 6);
  });

  it('prices STANDARD_HA at the standard price, and read replicas as half of it per extra node', () => {
    expect(estimateOne('gcp', 'google_redis_instance', { tier: 'STANDARD_HA', memory_size_gb: 5 }).monthlyCost).toBeCloseTo(5 * 0.054 * 730, 6);
    const replicas = estimateOne('gcp', 'google_redis_instance', { tier: 'STANDARD_HA', memory_size_gb: 5, read_replicas_mode: 'READ_REPLICAS_ENABLED', replica_count: 3 });
    expect(replicas.monthlyCost).toBeCloseTo((5 * 0.054 * 730 * 4) / 2, 6);
  });

  it('maps sizes to capacity tiers', () => {
    expect([4, 5, 35, 36, 101].map(memorystoreCapacityTier)).toEqual(['M1', 'M2', 'M3', 'M4', 'M5']);
  });
});
