import { StorageAccount } from '@cdktf/provider-azurerm/lib/storage-account';
import { StorageContainer } from '@cdktf/provider-azurerm/lib/storage-container';
import { storageAccountName } from '../../lib/azure/names';
import { onlyResource, resourcesOf } from '../util';
import { synthAzure } from './helpers';

describe('AzureStorage', () => {
  const premium = synthAzure({ tier: 'premium' });
  const enterprise = synthAzure({ tier: 'enterprise' });

  it('is private, Entra-only, HTTPS/TLS 1.2 and never anonymous', () => {
    expect(JSON.stringify(premium)).toHaveResourceWithProperties(StorageAccount, {
      name: storageAccountName('acme'),
      min_tls_version: 'TLS1_2',
      https_traffic_only_enabled: true,
      allow_nested_items_to_be_public: false,
      shared_access_key_enabled: false,
      default_to_oauth_authentication: true,
      public_network_access_enabled: false,
    });
    expect(JSON.stringify(premium)).toHaveResourceWithProperties(StorageContainer, { name: 'data', container_access_type: 'private' });
    const endpoints = resourcesOf(premium, 'azurerm_private_endpoint').filter((e) => JSON.stringify(e).includes('"blob"'));
    expect(endpoints).toHaveLength(1);
  });

  it('keeps blob versions and deleted blobs and containers for 30 days', () => {
    expect(onlyResource(premium, 'azurerm_storage_account').blob_properties).toEqual(
      expect.objectContaining({
        versioning_enabled: true,
        delete_retention_policy: { days: 30 },
        container_delete_retention_policy: { days: 30 },
      }),
    );
  });

  it('encrypts with the tenant key and twice from advanced security (premium), not below', () => {
    const account = onlyResource(premium, 'azurerm_storage_account');
    expect(account.infrastructure_encryption_enabled).toBe(true);
    expect(account.customer_managed_key).toEqual({
      key_vault_key_id: expect.stringContaining('versionless_id'),
      user_assigned_identity_id: expect.stringContaining('storage-identity'),
    });
    const standard = onlyResource(synthAzure({ tier: 'standard' }), 'azurerm_storage_account');
    expect(standard.infrastructure_encryption_enabled).toBe(false);
    expect(standard.customer_managed_key).toBeUndefined();
  });

  it('replicates across zones, and to the paired region when multi-AZ (enterprise)', () => {
    expect(onlyResource(premium, 'azurerm_storage_account').account_replication_type).toBe('ZRS');
    expect(onlyResource(enterprise, 'azurerm_storage_account').account_replication_type).toBe('GZRS');
  });

  it('logs blob reads, writes and deletes to Log Analytics', () => {
    const logs = resourcesOf(premium, 'azurerm_monitor_diagnostic_setting').find((d) => String(d.target_resource_id).includes('blobServices'));
    expect(logs!.enabled_log).toEqual([{ category: 'StorageRead' }, { category: 'StorageWrite' }, { category: 'StorageDelete' }]);
  });
});
