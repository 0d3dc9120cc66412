import { estimateOne } from '../../fixtures';

describe('aws_elasticache_replication_group', () => {
  it('prices num_cache_clusters nodes', () => {
    const cost = estimateOne('aws', 'aws_elasticache_replication_group', { node_type: 'cache.m6g.large', num_cache_clusters: 2 });
    expect(cost.monthlyCost).toBeCloseTo(2 * 0.149 * 730, 6);
  });

  it('prices shards x (replicas + 1) in cluster mode', () => {
    const cost = estimateOne('aws', 'aws_elasticache_replication_group', {
      node_type: 'cache.m6g.xlarge',
      num_node_groups: 3,
      replicas_per_node_group: 2,
    });
    expect(cost.components[0].name).toMatch(/9 x cache.m6g.xlarge, 3 shards x 3 nodes/);
    expect(cost.monthlyCost).toBeCloseTo(9 * 0.298 * 730, 6);
  });

  it('defaults to a single node', () => {
    expect(estimateOne('aws', 'aws_elasticache_replication_group', { node_type: 'cache.t4g.micro' }).monthlyCost).toBeCloseTo(0.016 * 730, 6);
  });
});
