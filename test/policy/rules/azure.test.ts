import { RULES, ruleById } from '../../../lib/policy/rules';
import { RuleCase, describeRules } from '../helpers';

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
  { rule: rule('azure-key-vault-purge-protection'), pass: kv({ purge_protection_enabled: true }), fail: kv({}), failing: 'azurerm_key_vault.kv' },
  {
    rule: rule('azure-key-vault-network-access'),
    pass: kv({ network_acls: [{ default_action: 'Deny', bypass: 'AzureServices' }] }),
    fail: kv({ network_acls: { default_action: 'Allow', bypass: 'AzureServices' } }),
    failing: 'azurerm_key_vault.kv',
  },
  {
    rule: rule('azure-key-vault-key-rotation'),
    pass: { azurerm_key_vault_key: { k: { rotation_policy: { automatic: { time_before_expiry: 'P30D' }, expire_after: 'P1Y' } } } },
    fail: { azurerm_key_vault_key: { k: { key_type: 'RSA' } } },
    failing: 'azurerm_key_vault_key.k',
  },
  {
    rule: rule('azure-aks-api-server-restricted'),
    pass: aks({ api_server_access_profile: { authorized_ip_ranges: ['203.0.113.0/24'] } }),
    fail: aks({ private_cluster_enabled: false }),
    failing: 'azurerm_kubernetes_cluster.aks',
  },
  { rule: rule('azure-aks-private-cluster'), pass: aks({ private_cluster_enabled: true }), fail: aks({}), failing: 'azurerm_kubernetes_cluster.aks' },
  { rule: rule('azure-aks-local-accounts-disabled'), pass: aks({ local_account_disabled: true }), fail: aks({}), failing: 'azurerm_kubernetes_cluster.aks' },
  {
    rule: rule('azure-aks-entra-rbac'),
    pass: aks({ azure_active_directory_role_based_access_control: { azure_rbac_enabled: true } }),
    fail: aks({}),
    failing: 'azurerm_kubernetes_cluster.aks',
  },
  {
    rule: rule('azure-aks-workload-identity'),
    pass: aks({ oidc_issuer_enabled: true, workload_identity_enabled: true }),
    fail: aks({ oidc_issuer_enabled: true }),
    failing: 'azurerm_kubernetes_cluster.aks',
  },
  {
    rule: rule('azure-aks-network-policy'),
    pass: aks({ network_profile: { network_plugin: 'azure', network_policy: 'cilium' } }),
    fail: aks({ network_profile: { network_plugin: 'azure' } }),
    failing: 'azurerm_kubernetes_cluster.aks',
  },
  {
    rule: rule('azure-aks-audit-logging'),
    pass: {
      ...aks({}),
      azurerm_monitor_diagnostic_setting: { d: { target_resource_id: ref('azurerm_kubernetes_cluster.aks.id'), enabled_log: [{ category: 'kube-audit-admin' }] } },
    },
    fail: {
      ...aks({}),
      azurerm_monitor_diagnostic_setting: { d: { target_resource_id: ref('azurerm_kubernetes_cluster.aks.id'), enabled_log: [{ category: 'kube-apiserver' }] } },
    },
    failing: 'azurerm_kubernetes_cluster.aks',
  },
  {
    rule: rule('azure-aks-container-insights'),
    pass: aks({ oms_agent: { log_analytics_workspace_id: ref('azurerm_log_analytics_workspace.w.id') } }),
    fail: aks({}),
    failing: 'azurerm_kubernetes_cluster.aks',
  },
  {
    rule: rule('azure-aks-disk-encryption-set'),
    pass: aks({ disk_encryption_set_id: ref('azurerm_disk_encryption_set.des.id') }),
    fail: aks({}),
    failing: 'azurerm_kubernetes_cluster.aks',
  },
  { rule: rule('azure-aks-uptime-sla'), pass: aks({ sku_tier: 'Standard' }), fail: aks({ sku_tier: 'Free' }), failing: 'azurerm_kubernetes_cluster.aks' },
  {
    rule: rule('azure-postgresql-private'),
    pass: pg({ delegated_subnet_id: ref('azurerm_subnet.db.id'), public_network_access_enabled: false }),
    fail: {
      ...pg({ public_network_access_enabled: false }),
      azurerm_postgresql_flexible_server_firewall_rule: { all: { server_id: ref('azurerm_postgresql_flexible_server.pg.id'), start_ip_address: '0.0.0.0', end_ip_address: '255.255.255.255' } },
    },
    failing: 'azurerm_postgresql_flexible_server.pg',
  },
  {
    rule: rule('azure-postgresql-high-availability'),
    pass: pg({ high_availability: { mode: 'ZoneRedundant' } }),
    fail: pg({}),
    failing: 'azurerm_postgresql_flexible_server.pg',
  },
  {
    rule: rule('azure-postgresql-backup-retention'),
    pass: pg({ backup_retention_days: 35 }),
    fail: pg({ backup_retention_days: 7 }),
    failing: 'azurerm_postgresql_flexible_server.pg',
    params: { minBackupRetentionDays: 30 },
  },
  {
    rule: rule('azure-postgresql-geo-redundant-backup'),
    pass: pg({ geo_redundant_backup_enabled: true }),
    fail: pg({}),
    failing: 'azurerm_postgresql_flexible_server.pg',
  },
  {
    rule: rule('azure-postgresql-customer-managed-key'),
    pass: pg({ customer_managed_key: { key_vault_key_id: ref('azurerm_key_vault_key.k.id') } }),
    fail: pg({}),
    failing: 'azurerm_postgresql_flexible_server.pg',
  },
  {
    rule: rule('azure-postgresql-entra-auth'),
    pass: pg({ authentication: { active_directory_auth_enabled: true, password_auth_enabled: false } }),
    fail: pg({ authentication: { password_auth_enabled: true } }),
    failing: 'azurerm_postgresql_flexible_server.pg',
  },
  {
    rule: rule('azure-redis-tls'),
    pass: redis({ non_ssl_port_enabled: false, minimum_tls_version: '1.2' }),
    fail: redis({ minimum_tls_version: '1.0' }),
    failing: 'azurerm_redis_cache.r',
  },
  { rule: rule('azure-redis-public-access'), pass: redis({ public_network_access_enabled: false }), fail: redis({}), failing: 'azurerm_redis_cache.r' },
  { rule: rule('azure-storage-min-tls'), pass: sa({ min_tls_version: 'TLS1_2' }), fail: sa({ min_tls_version: 'TLS1_0' }), failing: 'azurerm_storage_account.sa' },
  { rule: rule('azure-storage-no-public-blobs'), pass: sa({ allow_nested_items_to_be_public: false }), fail: sa({ allow_nested_items_to_be_public: true }), failing: 'azurerm_storage_account.sa' },
  {
    rule: rule('azure-storage-public-network-access'),
    pass: sa({ public_network_access_enabled: false }),
    fail: sa({ public_network_access_enabled: true }),
    failing: 'azurerm_storage_account.sa',
  },
  { rule: rule('azure-storage-shared-key-disabled'), pass: sa({ shared_access_key_enabled: false }), fail: sa({}), failing: 'azurerm_storage_account.sa' },
  {
    rule: rule('azure-storage-infrastructure-encryption'),
    pass: sa({ infrastructure_encryption_enabled: true }),
    fail: sa({}),
    failing: 'azurerm_storage_account.sa',
  },
  {
    rule: rule('azure-storage-blob-versioning'),
    pass: sa({ blob_properties: [{ versioning_enabled: true }] }),
    fail: sa({ blob_properties: { versioning_enabled: false } }),
    failing: 'azurerm_storage_account.sa',
  },
  {
    rule: rule('azure-log-analytics-retention'),
    pass: { azurerm_log_analytics_workspace: { w: { retention_in_days: 90 } } },
    fail: { azurerm_log_analytics_workspace: { w: {} } },
    failing: 'azurerm_log_analytics_workspace.w',
    params: { minLogRetentionDays: 90 },
  },
  {
    rule: rule('azure-data-residency'),
    pass: { azurerm_resource_group: { rg: { location: 'West Europe' } } }, passProvider: { azurerm: [{ features: {} }] },
    fail: { azurerm_resource_group: { rg: { location: 'eastus' } } },
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
