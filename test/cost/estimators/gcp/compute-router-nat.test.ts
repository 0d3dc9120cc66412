import { estimateDoc } from '../../fixtures';

describe('google_compute_router_nat', () => {
  it('charges per VM-hour for the GKE nodes in the document', () => {
    const report = estimateDoc('gcp', {
      google_compute_router_nat: { nat: { region: 'us-central1', router: 'r' } },
      google_container_node_pool: { pool: { location: 'us-central1', node_count: 2 } },
    });
    expect(report.resources[0].monthlyCost).toBeCloseTo(6 * 0.0014 * 730, 6);
  });

  it('caps at the per-gateway price above 32 VMs', () => {
    const report = estimateDoc('gcp', {
      google_compute_router_nat: { nat: { region: 'us-central1' } },
      google_container_node_pool: { pool: { location: 'us-central1', node_count: 20 } },
    });
    expect(report.resources[0].monthlyCost).toBeCloseTo(0.044 * 730, 6);
  });
});
