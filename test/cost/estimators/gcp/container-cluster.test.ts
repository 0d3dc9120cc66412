import { estimateOne, line } from '../../fixtures';

describe('google_container_cluster', () => {
  it('charges the 0.10 USD/hour management fee when the default pool is removed', () => {
    const cost = estimateOne('gcp', 'google_container_cluster', { location: 'europe-west1', remove_default_node_pool: true, initial_node_count: 1 }, { region: 'europe-west1' });
    expect(cost.components).toHaveLength(1);
    expect(cost.monthlyCost).toBeCloseTo(0.1 * 730, 6);
  });

  it('prices a kept default pool in each zone of a regional cluster (e2-medium default)', () => {
    const cost = estimateOne('gcp', 'google_container_cluster', { location: 'us-central1', initial_node_count: 1 });
    expect(line(cost, 'Default pool nodes (3 x e2-medium)')).toBeCloseTo(3 * 0.033503 * 730, 6);
  });
});
