import { estimateOne } from '../../fixtures';

describe('azurerm_key_vault', () => {
  it('prices operations per 10,000 from the usage assumption', () => {
    const cost = estimateOne('azure', 'azurerm_key_vault', { sku_name: 'premium' }, { usage: { keyVaultOperations: 50_000 } });
    expect(cost.monthlyCost).toBeCloseTo(5 * 0.03, 9);
  });
});
