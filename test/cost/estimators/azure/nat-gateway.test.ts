import { estimateOne } from '../../fixtures';

describe('azurerm_nat_gateway', () => {
  it('charges the hourly gateway price', () => {
    expect(estimateOne('azure', 'azurerm_nat_gateway', { sku_name: 'Standard' }).monthlyCost).toBeCloseTo(0.045 * 730, 6);
  });
});
