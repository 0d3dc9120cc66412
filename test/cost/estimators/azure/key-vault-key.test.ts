import { estimateOne } from '../../fixtures';

/** The vault's resource group gives the key its region. */
const rg = { azurerm_resource_group: { g: { name: 'g', location: 'eastus' } } };

describe('azurerm_key_vault_key', () => {
  it('charges 1 USD a month for an HSM-protected key', () => {
    expect(estimateOne('azure', 'azurerm_key_vault_key', { key_type: 'RSA-HSM', location: undefined, key_vault_id: '${azurerm_key_vault.v.id}' }, { extra: rg }).monthlyCost).toBe(1);
  });

  it('charges nothing fixed for a software key', () => {
    const cost = estimateOne('azure', 'azurerm_key_vault_key', { key_type: 'RSA' });
    expect(cost.status).toBe('priced');
    expect(cost.monthlyCost).toBe(0);
  });
});
