import { estimateOne, line } from '../../fixtures';

const cluster = (location: string) => ({ google_container_cluster: { main: { name: 'main', location, remove_default_node_pool: true } } });

describe('google_container_node_pool', () => {
  it('multiplies node_count by the 3 zones of a regional cluster', () => {
    const cost = estimateOne(
      'gcp',
      'google_container_node_pool',
      { cluster: '${google_container_cluster.main.name}', node_count: 2, node_config: { machine_type: 'n2-standard-4' } },
      { extra: cluster('us-central1') },
    );
    expect(line(cost, 'Nodes (6 x n2-standard-4)')).toBeCloseTo(6 * 0.194236 * 730, 6);
    expect(line(cost, 'Nodes boot disks (6 x 100 GB pd-balanced)')).toBeCloseTo(600 * 0.1, 6);
  });

  it('uses the autoscaling minimum and node_locations', () => {
    const cost = estimateOne('gcp', 'google_container_node_pool', {
      cluster: 'main',
      location: 'europe-west4',
      node_locations: ['europe-west4-a', 'europe-west4-b'],
      autoscaling: [{ min_node_count: 1, max_node_count: 3 }],
      node_config: [{ machine_type: 'n2-highmem-8' }],
    }, { region: 'europe-west4' });
    expect(line(cost, 'Nodes (2 x n2-highmem-8)')).toBeCloseTo(2 * 0.576912 * 730, 6);
  });

  it('takes total_min_node_count as the whole pool', () => {
    const cost = estimateOne('gcp', 'google_container_node_pool', {
      location: 'us-central1',
      autoscaling: { total_min_node_count: 4 },
      node_config: { machine_type: 'e2-standard-2' },
    });
    expect(line(cost, 'Nodes (4 x e2-standard-2)')).toBeCloseTo(4 * 0.067006 * 730, 6);
  });

  it('is unknown when the cluster location is a reference', () => {
    expect(estimateOne('gcp', 'google_container_node_pool', { location: '${var.loc}', node_count: 1 }).status).toBe('unknown');
  });
});
