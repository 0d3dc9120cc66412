import { geoKeyVaultName, globalServiceName, keyVaultName, storageAccountName } from '../../lib/azure/names';
import { MAX_TENANT_ID_LENGTH, shortHash } from '../../lib/model/naming';
import { TenantIdSchema } from '../../lib/model/tenant';
import { onlyResource, resourcesOf } from '../util';
import { synthAzure } from './helpers';

/** Azure storage accounts: 3-24 lowercase letters and digits. */
const STORAGE_ACCOUNT = /^[a-z0-9]{3,24}$/;
/** Key Vault: 3-24 letters, digits and hyphens, starting with a letter, ending with a letter or digit, no "--". */
const KEY_VAULT = /^[a-zA-Z](?:[a-zA-Z0-9]|-(?!-)){1,22}[a-zA-Z0-9]$/;

describe('Azure names', () => {
  const longest = `a${'b-c'.repeat(6)}`.slice(0, MAX_TENANT_ID_LENGTH);

  it('builds the storage account and Key Vault names with the naming rules', () => {
    expect(storageAccountName('acme-eu')).toBe(`acmeeu${shortHash('acme-eu')}`);
    expect(keyVaultName('acme-eu')).toBe(`acme-eu-${shortHash('acme-eu')}`);
    expect(geoKeyVaultName('acme-eu')).toHaveLength(keyVaultName('acme-eu').length);
    expect(geoKeyVaultName('acme-eu')).not.toBe(keyVaultName('acme-eu'));
    expect(globalServiceName('acme', 'pg')).toBe(`acme-pg-${shortHash('acme')}`);
  });

  it('fits every Azure name of the longest valid tenant id', () => {
    expect(longest).toHaveLength(MAX_TENANT_ID_LENGTH);
    expect(TenantIdSchema.safeParse(longest).success).toBe(true);
    const json = synthAzure({ tier: 'enterprise', id: longest });
    expect(String(onlyResource(json, 'azurerm_storage_account').name)).toMatch(STORAGE_ACCOUNT);
    for (const vault of resourcesOf(json, 'azurerm_key_vault')) expect(String(vault.name)).toMatch(KEY_VAULT);
    // Managed Grafana: 2-23 characters; AKS: 1-63; Flexible Server and Redis: 3-63 (global DNS names).
    expect(String(onlyResource(json, 'azurerm_dashboard_grafana').name).length).toBeLessThanOrEqual(23);
    expect(String(onlyResource(json, 'azurerm_kubernetes_cluster').name).length).toBeLessThanOrEqual(63);
    expect(String(onlyResource(json, 'azurerm_postgresql_flexible_server').name)).toMatch(/^[a-z0-9][a-z0-9-]{1,61}[a-z0-9]$/);
    expect(String(onlyResource(json, 'azurerm_redis_cache').name).length).toBeLessThanOrEqual(63);
  });

  it('rejects an id one character longer, naming the Key Vault limit', () => {
    const result = TenantIdSchema.safeParse(`${longest}a`);
    expect(result.success).toBe(false);
    expect(JSON.stringify(result.error?.issues)).toMatch(/Key Vault name/);
  });
});
