import { RULES, ruleById } from '../../../lib/policy/rules';
import { RuleCase, describeRules, tf } from '../helpers';

const rule = (id: string) => {
  const r = ruleById(id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
};
const ref = (address: string) => `\${${address}}`;

const kv = (values: Record<string, unknown>) => ({ azurerm_key_vault: { kv: { location: 'westeurope', ...values } } });
const aks = (values: Record<string, unknown>) => ({ azurerm_kubernetes_cluster: { aks: { location: 'westeurope', ...values } } });
const pg = (values: Record<string, unknown>) => ({ azurerm_postgresql_flexible_server: { pg: { location: 'westeurope', ...values } } });
const redis = (values: Record<string, unknown>) => ({ azurerm_redis_cache: { r: values } });
const sa = (values: Record<string, unknown>) => ({ azurerm_storage_account: { sa: values } });

const cases: RuleCase[] = [
  { rule: rule('azure-key-vault-purge-protection'), pass: tf(kv({ purge_protection_enabled: true })), fail: tf(kv({})), failing: 'azurerm_key_vault.kv' },
  {
    rule: rule('azure-key-vault-network-access'),
    pass: tf(kv({ network_acls: [{ default_action: 'Deny', bypass: 'AzureServices' }] })),
    fail: tf(kv({ network_acls: { default_action: 'Allow', bypass: 'AzureServices' } })),
    failing: 'azurerm_key_vault.kv',
  },
  {
    rule: rule('azure-key-vault-key-rotation'),
    pass: tf({ azurerm_key_vault_key: { k: { rotation_policy: { automatic: { time_before_expiry: 'P30D' }, expire_after: 'P1Y' } } } }),
    fail: tf({ azurerm_key_vault_key: { k: { key_type: 'RSA' } } }),
    failing: 'azurerm_key_vault_key.k',
  },
  {
    rule: rule('azure-aks-api-server-restricted'),
    pass: tf(aks({ api_server_access_profile: { authorized_ip_ranges: ['203.0.113.0/24'] } })),
    fail: tf(aks({ private_cluster_enabled: false })),
    failing: 'azurerm_kubernetes_cluster.aks',
  },
  { rule: rule('azure-aks-private-cluster'), pass: tf(aks({ private_cluster_enabled: true })), fail: tf(aks({})), failing: 'azurerm_kubernetes_cluster.aks' },
  { rule: rule('azure-aks-local-accounts-disabled'), pass: tf(aks({ local_account_disabled: true })), fail: tf(aks({})), failing: 'azurerm_kubernetes_cluster.aks' },
  {
    rule: rule('azure-aks-entra-rbac'),
    pass: tf(aks({ azure_active_directory_role_based_access_control: { azure_rbac_enabled: true } })),
    fail: tf(aks({})),
    failing: 'azurerm_kubernetes_cluster.aks',
  },
  {
    rule: rule('azure-aks-workload-identity'),
    pass: tf(aks({ oidc_issuer_enabled: true, workload_identity_enabled: true })),
    fail: tf(aks({ oidc_issuer_enabled: true })),
    failing: 'azurerm_kubernetes_cluster.aks',
  },
  {
    rule: rule('azure-aks-network-policy'),
    pass: tf(aks({ network_profile: { network_plugin: 'azure', network_policy: 'cilium' } })),
    fail: tf(aks({ network_profile: { network_plugin: 'azure' } })),
    failing: 'azurerm_kubernetes_cluster.aks',
  },
  {
    rule: rule('azure-aks-audit-logging'),
    pass: tf({
      ...aks({}),
      azurerm_monitor_diagnostic_setting: { d: { target_resource_id: ref('azurerm_kubernetes_cluster.aks.id'), enabled_log: [{ category: 'kube-audit-admin' }] } },
    }),
    fail: tf({
      ...aks({}),
      azurerm_monitor_diagnostic_setting: { d: { target_resource_id: ref('azurerm_kubernetes_cluster.aks.id'), enabled_log: [{ category: 'kube-apiserver' }] } },
    }),
    failing: 'azurerm_kubernetes_cluster.aks',
  },
  {
    rule: rule('azure-aks-container-insights'),
    pass: tf(aks({ oms_agent: { log_analytics_workspace_id: ref('azurerm_log_analytics_workspace.w.id') } })),
    fail: tf(aks({})),
    failing: 'azurerm_kubernetes_cluster.aks',
  },
  {
    rule: rule('azure-aks-disk-encryption-set'),
    pass: tf(aks({ disk_encryption_set_id: ref('azurerm_disk_encryption_set.des.id') })),
    fail: tf(aks({})),
    failing: 'azurerm_kubernetes_cluster.aks',
  },
  { rule: rule('azure-aks-uptime-sla'), pass: tf(aks({ sku_tier: 'Standard' })), fail: tf(aks({ sku_tier: 'Free' })), failing: 'azurerm_kubernetes_cluster.aks' },
  {
    rule: rule('azure-postgresql-private'),
    pass: tf(pg({ delegated_subnet_id: ref('azurerm_subnet.db.id'), public_network_access_enabled: false })),
    fail: tf({
      ...pg({ public_network_access_enabled: false }),
      azurerm_postgresql_flexible_server_firewall_rule: { all: { server_id: ref('azurerm_postgresql_flexible_server.pg.id'), start_ip_address: '0.0.0.0', end_ip_address: '255.255.255.255' } },
    }),
    failing: 'azurerm_postgresql_flexible_server.pg',
  },
  {
    rule: rule('azure-postgresql-high-availability'),
    pass: tf(pg({ high_availability: { mode: 'ZoneRedundant' } })),
    fail: tf(pg({})),
    failing: 'azurerm_postgresql_flexible_server.pg',
  },
  {
    rule: rule('azure-postgresql-backup-retention'),
    pass: tf(pg({ backup_retention_days: 35 })),
    fail: tf(pg({ backup_retention_days: 7 })),
    failing: 'azurerm_postgresql_flexible_server.pg',
    params: { minBackupRetentionDays: 30 },
  },
  {
    rule: rule('azure-postgresql-geo-redundant-backup'),
    pass: tf(pg({ geo_redundant_backup_enabled: true })),
    fail: tf(pg({})),
    failing: 'azurerm_postgresql_flexible_server.pg',
  },
  {
    rule: rule('azure-postgresql-customer-managed-key'),
    pass: tf(pg({ customer_managed_key: { key_vault_key_id: ref('azurerm_key_vault_key.k.id') } })),
    fail: tf(pg({})),
    failing: 'azurerm_postgresql_flexible_server.pg',
  },
  {
    rule: rule('azure-postgresql-entra-auth'),
    pass: tf(pg({ authentication: { active_directory_auth_enabled: true, password_auth_enabled: false } })),
    fail: tf(pg({ authentication: { password_auth_enabled: true } })),
    failing: 'azurerm_postgresql_flexible_server.pg',
  },
  {
    rule: rule('azure-redis-tls'),
    pass: tf(redis({ non_ssl_port_enabled: false, minimum_tls_version: '1.2' })),
    fail: tf(redis({ minimum_tls_version: '1.0' })),
    failing: 'azurerm_redis_cache.r',
  },
  { rule: rule('azure-redis-public-access'), pass: tf(redis({ public_network_access_enabled: false })), fail: tf(redis({})), failing: 'azurerm_redis_cache.r' },
  { rule: rule('azure-storage-min-tls'), pass: tf(sa({ min_tls_version: 'TLS1_2' })), fail: tf(sa({ min_tls_version: 'TLS1_0' })), failing: 'azurerm_storage_account.sa' },
  { rule: rule('azure-storage-no-public-blobs'), pass: tf(sa({ allow_nested_items_to_be_public: false })), fail: tf(sa({ allow_nested_items_to_be_public: true })), failing: 'azurerm_storage_account.sa' },
  {
    rule: rule('azure-storage-public-network-access'),
    pass: tf(sa({ public_network_access_enabled: false })),
    fail: tf(sa({ public_network_access_enabled: true })),
    failing: 'azurerm_storage_account.sa',
  },
  { rule: rule('azure-storage-shared-key-disabled'), pass: tf(sa({ shared_access_key_enabled: false })), fail: tf(sa({})), failing: 'azurerm_storage_account.sa' },
  {
    rule: rule('azure-storage-infrastructure-encryption'),
    pass: tf(sa({ infrastructure_encryption_enabled: true })),
    fail: tf(sa({})),
    failing: 'azurerm_storage_account.sa',
  },
  {
    rule: rule('azure-storage-blob-versioning'),
    pass: tf(sa({ blob_properties: [{ versioning_enabled: true }] })),
    fail: tf(sa({ blob_properties: { versioning_enabled: false } })),
    failing: 'azurerm_storage_account.sa',
  },
  {
    rule: rule('azure-log-analytics-retention'),
    pass: tf({ azurerm_log_analytics_workspace: { w: { retention_in_days: 90 } } }),
    fail: tf({ azurerm_log_analytics_workspace: { w: {} } }),
    failing: 'azurerm_log_analytics_workspace.w',
    params: { minLogRetentionDays: 90 },
  },
  {
    rule: rule('azure-data-residency'),
    pass: tf({ azurerm_resource_group: { rg: { location: 'West Europe' } } }, { azurerm: [{ features: {} }] }),
    fail: tf({ azurerm_resource_group: { rg: { location: 'eastus' } } }),
    failing: 'azurerm_resource_group.rg',
    params: { allowedRegions: ['westeurope'] },
  },
];

describeRules(cases);

describe('azure rule coverage', () => {
  it('has a compliant and a non-compliant case for every Azure rule', () => {
    const covered = new Set(cases.map((c) => c.rule.id));
    expect(RULES.filter((r) => r.cloud === 'azure' && !covered.has(r.id)).map((r) => r.id)).toEqual([]);
  });
});
