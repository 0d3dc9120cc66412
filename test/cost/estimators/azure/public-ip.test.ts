import { estimateOne } from '../../fixtures';

describe('azurerm_public_ip', () => {
  it('charges a Standard static address per hour', () => {
    expect(estimateOne('azure', 'azurerm_public_ip', { allocation_method: 'Static' }).monthlyCost).toBeCloseTo(0.005 * 730, 6);
  });
});
