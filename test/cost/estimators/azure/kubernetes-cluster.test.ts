import { estimateOne, line } from '../../fixtures';

describe('azurerm_kubernetes_cluster', () => {
  it('charges the Standard tier and the default pool (node_count x vm_size + P10 OS disks)', () => {
    const cost = estimateOne('azure', 'azurerm_kubernetes_cluster', {
      sku_tier: 'Standard',
      default_node_pool: [{ name: 'system', vm_size: 'Standard_D4s_v5', node_count: 3 }],
    });
    expect(line(cost, 'Cluster management (Standard')).toBeCloseTo(0.1 * 730, 6);
    expect(line(cost, 'Nodes (3 x Standard_D4s_v5)')).toBeCloseTo(3 * 0.192 * 730, 6);
    expect(line(cost, 'OS disks (3 x P10')).toBeCloseTo(3 * 19.71, 6);
  });

  it('charges no cluster fee on the Free tier and uses min_count when node_count is absent', () => {
    const cost = estimateOne('azure', 'azurerm_kubernetes_cluster', {
      location: 'West Europe',
      default_node_pool: { vm_size: 'Standard_B2s', min_count: 2, max_count: 4, auto_scaling_enabled: true, os_disk_type: 'Ephemeral' },
    });
    expect(cost.region).toBe('westeurope');
    expect(cost.components).toHaveLength(1);
    expect(cost.monthlyCost).toBeCloseTo(2 * 0.048 * 730, 6);
  });
});
