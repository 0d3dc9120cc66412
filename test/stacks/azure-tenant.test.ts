import { Testing } from 'cdktf';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { loadTenants } from '../../lib/model/load';
import { TenantStack } from '../../stacks/tenant-stack';
import { tiers } from '../../tiers';
import { azureTenant, synthAzure } from '../azure/helpers';

/** Resource types that take no `tags` argument in azurerm 4.x. */
const UNTAGGABLE = new Set([
  'azurerm_subnet',
  'azurerm_subnet_nat_gateway_association',
  'azurerm_subnet_network_security_group_association',
  'azurerm_nat_gateway_public_ip_association',
  'azurerm_network_security_rule',
  'azurerm_role_assignment',
  'azurerm_postgresql_flexible_server_active_directory_administrator',
  'azurerm_postgresql_flexible_server_configuration',
  'azurerm_postgresql_flexible_server_database',
  'azurerm_management_lock',
  'azurerm_monitor_diagnostic_setting',
  'azurerm_monitor_data_collection_rule_association',
  'azurerm_storage_container',
]);

describe('Azure TenantStack', () => {
  const json = synthAzure({ tier: 'enterprise', tags: { 'cost-center': 'cc-1' } });

  it('configures azurerm with Entra ID storage access and keeps soft-deleted vaults', () => {
    const provider = (json.provider!.azurerm as Record<string, unknown>[])[0];
    expect(provider.storage_use_azuread).toBe(true);
    expect(provider.features).toEqual([
      expect.objectContaining({ key_vault: [expect.objectContaining({ purge_soft_delete_on_destroy: false })] }),
    ]);
    expect(JSON.stringify(json)).toHaveProvider(AzurermProvider);
  });

  it('tags every taggable resource with tenant, tier, managed-by and the tenant tags', () => {
    const expected = { 'cost-center': 'cc-1', tenant: 'acme', tier: 'enterprise', 'managed-by': 'tenant-templates' };
    for (const [type, resources] of Object.entries(json.resource)) {
      if (UNTAGGABLE.has(type)) continue;
      for (const [name, resource] of Object.entries(resources)) {
        expect({ address: `${type}.${name}`, tags: resource.tags }).toEqual({ address: `${type}.${name}`, tags: expected });
      }
    }
  });

  it('puts every located resource in the tenant region (or its pair for geo-backup keys)', () => {
    const locations = new Set(
      Object.values(json.resource).flatMap((rs) => Object.values(rs).map((r) => r.location).filter((l) => l !== undefined)),
    );
    expect([...locations].sort()).toEqual(['northeurope', 'westeurope']);
  });

  it('outputs the cluster, database, cache and storage container', () => {
    const output = json.output as Record<string, { value: string }>;
    expect(output.cluster_endpoint.value).toMatch(/azurerm_kubernetes_cluster\..*\.kube_config\[0\]\.host/);
    expect(output.database_endpoint.value).toMatch(/azurerm_postgresql_flexible_server\..*\.fqdn/);
    expect(output.cache_endpoint.value).toMatch(/azurerm_redis_cache\..*\.hostname/);
    expect(output.bucket_name.value).toMatch(/azurerm_storage_account\..*\.name}\/\$\{azurerm_storage_container/);
  });

  it.each(['premium', 'enterprise', 'enterprise-plus'])('contains no password, secret or key attribute (%s)', (tier) => {
    const text = JSON.stringify(synthAzure({ tier }));
    expect(text).not.toMatch(/"(administrator_password|administrator_login|password|client_secret|primary_access_key|secondary_access_key|connection_string|rdb_storage_connection_string|admin_password|ssh_key)"/);
  });

  it.each(['premium', 'enterprise', 'enterprise-plus'])('a %s tenant passes every pack its tier allows, and its budget, at synth', (tier) => {
    const stack = new TenantStack(Testing.app(), { tenant: azureTenant({ tier, compliance: [...tiers[tier].compliance.allowed] }) });
    expect(() => Testing.synth(stack, true)).not.toThrow();
  });

  it('synthesizes the example tenant in tenants/ (contoso)', () => {
    const [tenant] = loadTenants({ dir: 'tenants', catalogue: tiers, only: ['contoso'] });
    expect(tenant?.spec.cloud).toBe('azure');
    const stack = new TenantStack(Testing.app(), { tenant: tenant! });
    expect(() => Testing.synth(stack, true)).not.toThrow();
  });

  it('synthesizes a full enterprise tenant (snapshot)', () => {
    const stack = new TenantStack(Testing.app(), {
      tenant: azureTenant({
        tier: 'enterprise',
        backend: { type: 'azurerm', resourceGroupName: 'tfstate', storageAccountName: 'tfstate1', containerName: 'tfstate' },
      }),
    });
    expect(Testing.synth(stack)).toMatchSnapshot();
  });
});
