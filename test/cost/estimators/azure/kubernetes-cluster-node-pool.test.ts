import { estimateOne, line } from '../../fixtures';

describe('azurerm_kubernetes_cluster_node_pool', () => {
  it('prices vm_size x node_count and a disk tier per node', () => {
    const cost = estimateOne('azure', 'azurerm_kubernetes_cluster_node_pool', { vm_size: 'Standard_E8s_v5', node_count: 2, os_disk_size_gb: 256 }, { region: 'northeurope' });
    expect(line(cost, 'Nodes')).toBeCloseTo(2 * 0.564 * 730, 6);
    expect(line(cost, 'OS disks (2 x P15')).toBeCloseTo(2 * 39.92, 6);
  });

  it('reports a VM size missing from the catalogue', () => {
    expect(estimateOne('azure', 'azurerm_kubernetes_cluster_node_pool', { vm_size: 'Standard_M416ms_v2', node_count: 1 }).status).toBe('missing-price');
  });
});
