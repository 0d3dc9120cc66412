import { KeyVault } from '@cdktf/provider-azurerm/lib/key-vault';
import { KeyVaultKey } from '@cdktf/provider-azurerm/lib/key-vault-key';
import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { keyVaultName } from '../../lib/azure/names';
import { resourcesOf } from '../util';
import { synthAzure } from './helpers';

describe('AzureEncryption', () => {
  const premium = synthAzure({ tier: 'premium' });
  const enterprise = synthAzure({ tier: 'enterprise' });

  it('keeps keys in a private, purge-protected, RBAC-authorized vault', () => {
    expect(JSON.stringify(premium)).toHaveResourceWithProperties(KeyVault, {
      name: keyVaultName('acme'),
      location: 'westeurope',
      enable_rbac_authorization: true,
      purge_protection_enabled: true,
      soft_delete_retention_days: 90,
      public_network_access_enabled: false,
      network_acls: { default_action: 'Deny', bypass: 'AzureServices', ip_rules: [] },
    });
    const endpoints = resourcesOf(premium, 'azurerm_private_endpoint').filter((e) => JSON.stringify(e).includes('"vault"'));
    expect(endpoints).toHaveLength(1);
  });

  it('rotates every key yearly', () => {
    for (const key of resourcesOf(enterprise, 'azurerm_key_vault_key')) {
      expect(key).toEqual(
        expect.objectContaining({
          key_type: 'RSA',
          key_size: 3072,
          rotation_policy: { expire_after: 'P1Y', notify_before_expiry: 'P29D', automatic: { time_before_expiry: 'P30D' } },
        }),
      );
    }
  });

  it('shares one key below maximum and gives each service its own at maximum (enterprise)', () => {
    // premium (advanced): one data key + the paired-region geo-backup key.
    expect(resourcesOf(premium, 'azurerm_key_vault_key').map((k) => k.name).sort()).toEqual(['acme-data', 'acme-database-geo']);
    expect(resourcesOf(enterprise, 'azurerm_key_vault_key').map((k) => k.name).sort()).toEqual([
      'acme-cluster',
      'acme-database',
      'acme-database-geo',
      'acme-storage',
    ]);
  });

  it('keeps the geo-backup key in the paired region', () => {
    const vaults = resourcesOf(premium, 'azurerm_key_vault');
    expect(vaults.map((v) => v.location).sort()).toEqual(['northeurope', 'westeurope']);
  });

  it('grants each service identity crypto use of its key only, and the deployer crypto officer', () => {
    const text = JSON.stringify(enterprise);
    expect(text).toHaveResourceWithProperties(RoleAssignment, {
      role_definition_name: 'Key Vault Crypto Service Encryption User',
      scope: expect.stringContaining('resource_versionless_id'),
      principal_type: 'ServicePrincipal',
    });
    expect(text).toHaveResourceWithProperties(RoleAssignment, {
      role_definition_name: 'Key Vault Crypto Officer',
      principal_id: expect.stringContaining('data.azurerm_client_config'),
    });
    for (const key of resourcesOf(enterprise, 'azurerm_key_vault_key')) expect(String(key.depends_on)).toContain('crypto-officer');
  });

  it('sends the vault audit log to Log Analytics', () => {
    const audits = resourcesOf(premium, 'azurerm_monitor_diagnostic_setting').filter((d) => JSON.stringify(d).includes('AuditEvent'));
    expect(audits).toHaveLength(2);
  });

  it('creates no vault below the advanced level (standard tier)', () => {
    expect(resourcesOf(synthAzure({ tier: 'standard' }), 'azurerm_key_vault')).toHaveLength(0);
    expect(JSON.stringify(premium)).toHaveResourceWithProperties(KeyVaultKey, { name: 'acme-data' });
  });
});
