import { estimateOne, line } from '../../fixtures';

describe('azurerm_postgresql_flexible_server', () => {
  it('prices compute by SKU and storage per GiB', () => {
    const cost = estimateOne('azure', 'azurerm_postgresql_flexible_server', { sku_name: 'GP_Standard_D2ds_v5', storage_mb: 131072 });
    expect(line(cost, 'Compute')).toBeCloseTo(0.178 * 730, 6);
    expect(line(cost, 'Storage (128 GiB)')).toBeCloseTo(128 * 0.115, 6);
  });

  it('doubles compute and storage with zone-redundant high availability', () => {
    const cost = estimateOne('azure', 'azurerm_postgresql_flexible_server', {
      sku_name: 'B_Standard_B1ms',
      high_availability: [{ mode: 'ZoneRedundant' }],
    });
    expect(line(cost, 'Compute')).toBeCloseTo(2 * 0.017 * 730, 6);
    expect(line(cost, 'Storage (32 GiB')).toBeCloseTo(2 * 32 * 0.115, 6);
  });
});
