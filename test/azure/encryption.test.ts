import { KeyVault } from '@cdktf/provider-azurerm/lib/key-vault';
import { KeyVaultKey } from '@cdktf/provider-azurerm/lib/key-vault-key';
import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { keyVaultName } from '../../lib/azure/names';
import { FLEET_SETTINGS, resourcesOf, synthTenant } from '../util';
import { AZURE_RUNNER, synthAzure } from './helpers';

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
    expect(endpoints).toHaveLength(2);
  });

  // Blocker 4. azurerm_key_vault_key is a data-plane resource: with public access off it is created and refreshed
  // through the vault's private endpoint only. The keys waited for nothing but the officer grant, and the paired-region
  // vault had no private endpoint at all. Private Link connects an endpoint to a resource in another region (Azure
  // Private Link docs, private-endpoint-overview: the resource "can be deployed in a different region"), so both
  // vaults get an endpoint in the tenant's VNet and every key waits for its vault's endpoint.
  it('gives both vaults a private endpoint in the tenant VNet and creates each key after it', () => {
    const vaultIds = Object.fromEntries(Object.entries(premium.resource.azurerm_key_vault).map(([k, v]) => [String(v.location), `azurerm_key_vault.${k}.id`]));
    const endpoints = Object.entries(premium.resource.azurerm_private_endpoint).filter(([, e]) => JSON.stringify(e).includes('"vault"'));
    const endpointOf = (vaultId: string) => endpoints.find(([, e]) => (e.private_service_connection as { private_connection_resource_id: string }).private_connection_resource_id === `\${${vaultId}}`)!;
    for (const location of ['westeurope', 'northeurope']) {
      const [endpointName, endpoint] = endpointOf(vaultIds[location]);
      expect(endpoint.location).toBe('westeurope');
      expect(endpoint.subnet_id).toMatch(/endpoints-subnet/);
      const keys = Object.values(premium.resource.azurerm_key_vault_key).filter((k) => String(k.key_vault_id) === `\${${vaultIds[location]}}`);
      expect(keys.length).toBeGreaterThan(0);
      for (const key of keys) expect(key.depends_on).toContain(`azurerm_private_endpoint.${endpointName}`);
    }
  });

  // Blocker 4, the runner's side: keys also wait for the peering to the runner VNet and the vault zone link, and with
  // the runner's public egress addresses the vault admits them (network_acls ip_rules, default Deny).
  it('waits for the runner\'s path to the vaults and admits the runner\'s public addresses', () => {
    const json = synthTenant({ cloud: 'azure', region: 'westeurope', tier: 'premium' }, { settings: { ...FLEET_SETTINGS, runners: { ...FLEET_SETTINGS.runners, azure: AZURE_RUNNER } } });
    for (const vault of resourcesOf(json, 'azurerm_key_vault')) {
      expect(vault.public_network_access_enabled).toBe(true);
      expect(vault.network_acls).toEqual({ default_action: 'Deny', bypass: 'AzureServices', ip_rules: ['203.0.113.10/32'] });
    }
    for (const key of resourcesOf(json, 'azurerm_key_vault_key')) {
      expect(key.depends_on).toEqual(expect.arrayContaining([expect.stringMatching(/^azurerm_virtual_network_peering\./), expect.stringMatching(/^azurerm_private_dns_zone_virtual_network_link\..*vault/)]));
    }
  });

  // Blocker 3. azurerm docs, postgresql_flexible_server customer_managed_key.geo_backup_user_assigned_identity_id:
  // "Should be added with identity_ids. It can't cross region and need identity in same region as geo backup."
  it('uses the geo-backup key through an identity in the paired region, granted on that key', () => {
    const identity = Object.entries(premium.resource.azurerm_user_assigned_identity).find(([, i]) => String(i.name) === 'acme-database-geo-cmk')!;
    expect(identity[1].location).toBe('northeurope');
    const grant = resourcesOf(premium, 'azurerm_role_assignment').find((g) => String(g.principal_id).includes(identity[0]))!;
    expect(grant).toEqual(expect.objectContaining({ role_definition_name: 'Key Vault Crypto Service Encryption User', principal_type: 'ServicePrincipal' }));
    expect(grant.scope).toMatch(/platform_encryption_geo-backup-key.*resource_versionless_id/);
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
