import { ruleById } from '../../../lib/policy/rules';
import type { Rule } from '../../../lib/policy/rule';
import { describeForms } from '../helpers';

// Each class of issue 16 on small Terraform JSON, in both ways of writing blocks. Attribute names, defaults and
// ranges come from the azurerm docs and upgrade guides at v3.117.0, v4.40.0 and 5.x cited in each rule.
const rule = (id: string): Rule => ruleById(id) ?? (() => { throw new Error(`no rule ${id}`); })();
const ref = (address: string) => `\${${address}}`;
const aks = (values: Record<string, unknown>) => ({ azurerm_kubernetes_cluster: { aks: values } });
const sa = (values: Record<string, unknown>) => ({ azurerm_storage_account: { sa: values } });
const redis = (values: Record<string, unknown>) => ({ azurerm_redis_cache: { r: values } });
const pinned = (version: string) => ({ terraform: { required_providers: { azurerm: { source: 'hashicorp/azurerm', version } } } });

describe('older and alternative forms', () => {
  describeForms([
    { name: 'api_server_authorized_ip_ranges (azurerm 3.x)', rule: rule('azure-aks-api-server-restricted'), resources: aks({ api_server_authorized_ip_ranges: ['203.0.113.0/24'] }), expect: 'pass' },
    { name: 'api_server_authorized_ip_ranges open to the internet', rule: rule('azure-aks-api-server-restricted'), resources: aks({ api_server_authorized_ip_ranges: ['0.0.0.0/0'] }), expect: 'fail', address: 'azurerm_kubernetes_cluster.aks' },
    { name: 'api_server_access_profile.authorized_ip_ranges', rule: rule('azure-aks-api-server-restricted'), resources: aks({ api_server_access_profile: { authorized_ip_ranges: ['203.0.113.0/24'] } }), expect: 'pass' },
    {
      name: 'authorized ranges from a variable without a value',
      rule: rule('azure-aks-api-server-restricted'),
      resources: aks({ api_server_access_profile: { authorized_ip_ranges: '${var.ranges}' } }),
      extra: { variable: { ranges: {} } },
      expect: 'undecided',
      address: 'azurerm_kubernetes_cluster.aks',
    },
    {
      name: 'a diagnostic log block (azurerm 3.x)',
      rule: rule('azure-aks-audit-logging'),
      resources: { ...aks({}), azurerm_monitor_diagnostic_setting: { d: { target_resource_id: ref('azurerm_kubernetes_cluster.aks.id'), log: { category: 'kube-audit', enabled: true } } } },
      expect: 'pass',
    },
    {
      name: 'a disabled diagnostic log block',
      rule: rule('azure-aks-audit-logging'),
      resources: { ...aks({}), azurerm_monitor_diagnostic_setting: { d: { target_resource_id: ref('azurerm_kubernetes_cluster.aks.id'), log: { category: 'kube-audit', enabled: 'false' } } } },
      expect: 'fail',
      address: 'azurerm_kubernetes_cluster.aks',
    },
    {
      name: 'an audit category group',
      rule: rule('azure-aks-audit-logging'),
      resources: { ...aks({}), azurerm_monitor_diagnostic_setting: { d: { target_resource_id: ref('azurerm_kubernetes_cluster.aks.id'), enabled_log: { category_group: 'audit' } } } },
      expect: 'pass',
    },
    { name: 'network_data_plane = cilium', rule: rule('azure-aks-network-policy'), resources: aks({ network_profile: { network_plugin: 'azure', network_data_plane: 'cilium' } }), expect: 'pass' },
    { name: 'ebpf_data_plane = cilium (azurerm 3.x)', rule: rule('azure-aks-network-policy'), resources: aks({ network_profile: { network_plugin: 'azure', ebpf_data_plane: 'cilium' } }), expect: 'pass' },
    { name: 'sku_tier Paid (azurerm 3.x)', rule: rule('azure-aks-uptime-sla'), resources: aks({ sku_tier: 'Paid' }), expect: 'pass' },
    { name: 'enable_non_ssl_port (azurerm 3.x)', rule: rule('azure-redis-tls'), resources: redis({ enable_non_ssl_port: true, minimum_tls_version: '1.2' }), expect: 'fail', address: 'azurerm_redis_cache.r' },
    { name: 'enable_https_traffic_only = "false" (azurerm 3.x)', rule: rule('azure-storage-min-tls'), resources: sa({ enable_https_traffic_only: 'false' }), expect: 'fail', address: 'azurerm_storage_account.sa' },
    { name: 'allow_blob_public_access = false (azurerm 2.x)', rule: rule('azure-storage-no-public-blobs'), resources: sa({ allow_blob_public_access: false }), expect: 'pass' },
    {
      name: 'an azurerm_storage_account_network_rules that denies by default',
      rule: rule('azure-storage-public-network-access'),
      resources: { ...sa({}), azurerm_storage_account_network_rules: { n: { storage_account_id: ref('azurerm_storage_account.sa.id'), default_action: 'Deny' } } },
      expect: 'pass',
    },
    {
      name: 'an azurerm_storage_account_network_rules that allows by default',
      rule: rule('azure-storage-public-network-access'),
      resources: { ...sa({}), azurerm_storage_account_network_rules: { n: { storage_account_id: ref('azurerm_storage_account.sa.id'), default_action: 'Allow' } } },
      expect: 'fail',
      address: 'azurerm_storage_account.sa',
    },
  ]);
});

describe('defaults that changed between provider majors', () => {
  describeForms([
    { name: 'oidc_issuer_enabled unset on azurerm 5', rule: rule('azure-aks-workload-identity'), resources: aks({ workload_identity_enabled: true }), extra: pinned('~> 5.0'), expect: 'pass' },
    {
      name: 'oidc_issuer_enabled unset on azurerm 4',
      rule: rule('azure-aks-workload-identity'),
      resources: aks({ workload_identity_enabled: true }),
      extra: pinned('4.40.0'),
      expect: 'fail',
      address: 'azurerm_kubernetes_cluster.aks',
    },
    {
      name: 'oidc_issuer_enabled unset, provider not pinned',
      rule: rule('azure-aks-workload-identity'),
      resources: aks({ workload_identity_enabled: true }),
      expect: 'undecided',
      address: 'azurerm_kubernetes_cluster.aks',
      message: /required_providers/,
    },
    { name: 'minimum_tls_version unset on azurerm 5 (1.2)', rule: rule('azure-redis-tls'), resources: redis({}), extra: pinned('>= 5.0, < 6.0'), expect: 'pass' },
    { name: 'minimum_tls_version unset on azurerm 4 (1.0)', rule: rule('azure-redis-tls'), resources: redis({}), extra: pinned('~> 4.0'), expect: 'fail', address: 'azurerm_redis_cache.r', message: /1\.0/ },
    { name: 'minimum_tls_version unset, provider not pinned', rule: rule('azure-redis-tls'), resources: redis({}), expect: 'undecided', address: 'azurerm_redis_cache.r' },
    { name: 'allow_nested_items_to_be_public unset on azurerm 5 (false)', rule: rule('azure-storage-no-public-blobs'), resources: sa({}), extra: pinned('~> 5.2'), expect: 'pass' },
    { name: 'allow_nested_items_to_be_public unset on azurerm 3 (true)', rule: rule('azure-storage-no-public-blobs'), resources: sa({}), extra: pinned('~> 3.117'), expect: 'fail', address: 'azurerm_storage_account.sa' },
    { name: 'allow_nested_items_to_be_public unset, provider not pinned', rule: rule('azure-storage-no-public-blobs'), resources: sa({}), expect: 'undecided', address: 'azurerm_storage_account.sa' },
  ]);
});

describe('exemptions the service makes', () => {
  describeForms([
    {
      name: 'a read replica cannot have geo-redundant backup',
      rule: rule('azure-postgresql-geo-redundant-backup'),
      resources: { azurerm_postgresql_flexible_server: { replica: { create_mode: 'Replica', source_server_id: ref('azurerm_postgresql_flexible_server.primary.id') } } },
      expect: 'pass',
    },
    { name: 'a primary without it', rule: rule('azure-postgresql-geo-redundant-backup'), resources: { azurerm_postgresql_flexible_server: { primary: {} } }, expect: 'fail', address: 'azurerm_postgresql_flexible_server.primary' },
    { name: 'a FileStorage account has no blobs to version', rule: rule('azure-storage-blob-versioning'), resources: sa({ account_kind: 'FileStorage' }), expect: 'pass' },
  ]);
});

describe('values outside what the service accepts', () => {
  describeForms([
    {
      name: 'Log Analytics retention 20',
      rule: rule('azure-log-analytics-retention'),
      resources: { azurerm_log_analytics_workspace: { ws: { retention_in_days: 20 } } },
      expect: 'fail',
      address: 'azurerm_log_analytics_workspace.ws',
      message: /30–730/,
      level: 'error',
    },
    { name: 'Log Analytics retention 7 on the Free sku (azurerm 3.x)', rule: rule('azure-log-analytics-retention'), resources: { azurerm_log_analytics_workspace: { ws: { sku: 'Free', retention_in_days: 7 } } }, expect: 'pass' },
    {
      name: 'Flexible Server backup retention 40',
      rule: rule('azure-postgresql-backup-retention'),
      resources: { azurerm_postgresql_flexible_server: { pg: { backup_retention_days: '40' } } },
      expect: 'fail',
      address: 'azurerm_postgresql_flexible_server.pg',
      message: /7–35/,
      level: 'error',
    },
    {
      name: 'Key Vault soft delete 100 days',
      rule: rule('azure-key-vault-purge-protection'),
      resources: { azurerm_key_vault: { kv: { purge_protection_enabled: true, soft_delete_retention_days: 100 } } },
      expect: 'fail',
      address: 'azurerm_key_vault.kv',
      message: /7–90/,
      level: 'error',
    },
  ]);
});

describe('strings, variables and locations', () => {
  describeForms([
    { name: 'purge_protection_enabled "true"', rule: rule('azure-key-vault-purge-protection'), resources: { azurerm_key_vault: { kv: { purge_protection_enabled: 'true' } } }, expect: 'pass' },
    { name: 'local_account_disabled from a local', rule: rule('azure-aks-local-accounts-disabled'), resources: aks({ local_account_disabled: '${local.no_local}' }), extra: { locals: { no_local: true } }, expect: 'pass' },
    {
      name: 'a location taken from the resource group',
      rule: rule('azure-data-residency'),
      resources: { azurerm_resource_group: { rg: { location: 'westeurope' } }, azurerm_storage_account: { sa: { location: ref('azurerm_resource_group.rg.location') } } },
      params: { allowedRegions: ['westeurope'] },
      expect: 'pass',
    },
    {
      name: 'a location from a variable default outside the allowed regions',
      rule: rule('azure-data-residency'),
      resources: { azurerm_storage_account: { sa: { location: '${var.location}' } } },
      extra: { variable: { location: { default: 'East US' } } },
      params: { allowedRegions: ['westeurope'] },
      expect: 'fail',
      address: 'azurerm_storage_account.sa',
    },
    {
      name: 'a location from a variable without a value',
      rule: rule('azure-data-residency'),
      resources: { azurerm_storage_account: { sa: { location: '${var.location}' } } },
      extra: { variable: { location: {} } },
      params: { allowedRegions: ['westeurope'] },
      expect: 'undecided',
      address: 'azurerm_storage_account.sa',
    },
  ]);
});
