import { estimateOne, line } from '../../fixtures';

describe('gkeNodeLines', () => {
  it('prices the boot disk from node_config (disk_size_gb, disk_type)', () => {
    const cost = estimateOne('gcp', 'google_container_node_pool', {
      location: 'us-central1-a',
      node_count: 2,
      node_config: { machine_type: 'e2-standard-4', disk_size_gb: 50, disk_type: 'pd-ssd' },
    });
    expect(line(cost, 'Nodes boot disks (2 x 50 GB pd-ssd)')).toBeCloseTo(2 * 50 * 0.17, 6);
  });
});
