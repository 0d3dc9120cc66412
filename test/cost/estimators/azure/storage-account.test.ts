import { estimateOne } from '../../fixtures';

describe('azurerm_storage_account', () => {
  it('prices the storage assumption by access tier and replication', () => {
    const cost = estimateOne('azure', 'azurerm_storage_account', { account_tier: 'Standard', account_replication_type: 'ZRS' }, { usage: { storageGb: 100 } });
    expect(cost.monthlyCost).toBeCloseTo(100 * 0.0225, 6);
    expect(cost.components[0].usageBased).toBe(true);
  });
});
