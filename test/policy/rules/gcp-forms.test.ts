import { ruleById } from '../../../lib/policy/rules';
import type { Rule } from '../../../lib/policy/rule';
import { describeForms } from '../helpers';

// Each class of issue 16 on small Terraform JSON, in both ways of writing blocks. Attribute names, defaults and
// ranges come from the google provider docs and its version 4-7 upgrade guides, cited in each rule.
const rule = (id: string): Rule => ruleById(id) ?? (() => { throw new Error(`no rule ${id}`); })();
const ref = (address: string) => `\${${address}}`;
const gke = (values: Record<string, unknown>) => ({ google_container_cluster: { gke: values } });
const pool = (nodeConfig: Record<string, unknown>, extra: Record<string, unknown> = {}) => ({ google_container_node_pool: { np: { cluster: ref('google_container_cluster.gke.id'), node_config: nodeConfig, ...extra } } });
const sql = (values: Record<string, unknown>) => ({ google_sql_database_instance: { db: { database_version: 'POSTGRES_16', ...values } } });
const subnet = (values: Record<string, unknown>) => ({ google_compute_subnetwork: { s: values } });

describe('older and alternative forms', () => {
  const metadata = rule('gcp-node-pool-metadata-server');
  describeForms([
    { name: 'mode = GKE_METADATA', rule: metadata, resources: pool({ workload_metadata_config: { mode: 'GKE_METADATA' } }), expect: 'pass' },
    { name: 'node_metadata = GKE_METADATA_SERVER (google 3.x)', rule: metadata, resources: pool({ workload_metadata_config: { node_metadata: 'GKE_METADATA_SERVER' } }), expect: 'pass' },
    { name: 'mode = GCE_METADATA', rule: metadata, resources: pool({ workload_metadata_config: { mode: 'GCE_METADATA' } }), expect: 'fail', address: 'google_container_node_pool.np' },
    {
      name: 'an inline node pool of the cluster',
      rule: metadata,
      resources: gke({ remove_default_node_pool: false, node_config: { workload_metadata_config: { mode: 'GKE_METADATA' } }, node_pool: [{ node_config: { workload_metadata_config: { mode: 'GCE_METADATA' } } }] }),
      expect: 'fail',
      address: 'google_container_cluster.gke',
      message: /node_pool\[0\]/,
    },
    { name: 'the default pool, not removed', rule: metadata, resources: gke({}), expect: 'fail', address: 'google_container_cluster.gke', message: /default pool/ },
    { name: 'the default pool, removed', rule: metadata, resources: gke({ remove_default_node_pool: true }), expect: 'pass' },
    { name: 'identity_namespace (google 3.x)', rule: rule('gcp-gke-workload-identity'), resources: gke({ workload_identity_config: { identity_namespace: 'p.svc.id.goog' } }), expect: 'pass' },
    { name: 'an Autopilot cluster', rule: rule('gcp-gke-workload-identity'), resources: gke({ enable_autopilot: true }), expect: 'pass' },
    { name: 'bucket_policy_only (google 3.x)', rule: rule('gcp-storage-uniform-access'), resources: { google_storage_bucket: { b: { bucket_policy_only: true } } }, expect: 'pass' },
    { name: 'require_ssl (google 4.x-5.x)', rule: rule('gcp-sql-ssl-required'), resources: sql({ settings: { ip_configuration: { require_ssl: true } } }), expect: 'pass' },
    { name: 'ssl_mode ALLOW_UNENCRYPTED_AND_ENCRYPTED', rule: rule('gcp-sql-ssl-required'), resources: sql({ settings: { ip_configuration: { ssl_mode: 'ALLOW_UNENCRYPTED_AND_ENCRYPTED' } } }), expect: 'fail', address: 'google_sql_database_instance.db' },
    { name: 'enable_flow_logs (google 3.x-6.x)', rule: rule('gcp-subnetwork-flow-logs'), resources: subnet({ enable_flow_logs: 'true' }), expect: 'pass' },
    {
      name: 'private nodes per node pool',
      rule: rule('gcp-gke-private-nodes'),
      resources: { ...gke({ remove_default_node_pool: true }), ...pool({}, { network_config: { enable_private_nodes: true } }) },
      expect: 'pass',
    },
    {
      name: 'a DNS-only control plane',
      rule: rule('gcp-gke-master-authorized-networks'),
      resources: gke({ control_plane_endpoints_config: { ip_endpoints_config: { enabled: false }, dns_endpoint_config: { allow_external_traffic: false } } }),
      expect: 'pass',
    },
    {
      name: 'a DNS endpoint open to external traffic',
      rule: rule('gcp-gke-private-endpoint'),
      resources: gke({ control_plane_endpoints_config: { ip_endpoints_config: { enabled: false }, dns_endpoint_config: { allow_external_traffic: true } } }),
      expect: 'fail',
      address: 'google_container_cluster.gke',
    },
    {
      name: 'authorized networks that admit every Compute Engine public IP',
      rule: rule('gcp-gke-master-authorized-networks'),
      resources: gke({ master_authorized_networks_config: { gcp_public_cidrs_access_enabled: true, cidr_blocks: { cidr_block: '10.0.0.0/8' } } }),
      expect: 'fail',
      address: 'google_container_cluster.gke',
      message: /Compute Engine/,
    },
  ]);
});

describe('defaults that changed between provider majors', () => {
  describeForms([
    { name: 'enable_shielded_nodes unset on google 4-7 (true)', rule: rule('gcp-gke-shielded-nodes'), resources: gke({}), expect: 'pass' },
    {
      name: 'enable_shielded_nodes unset on google 3.x (false)',
      rule: rule('gcp-gke-shielded-nodes'),
      resources: gke({}),
      extra: { terraform: { required_providers: { google: { source: 'hashicorp/google', version: '~> 3.90' } } } },
      expect: 'fail',
      address: 'google_container_cluster.gke',
    },
  ]);
});

describe('engines and exemptions', () => {
  describeForms([
    { name: 'SQL Server has no IAM authentication flag', rule: rule('gcp-sql-iam-authentication'), resources: sql({ database_version: 'SQLSERVER_2022_STANDARD' }), expect: 'pass' },
    {
      name: 'MySQL with its own flag',
      rule: rule('gcp-sql-iam-authentication'),
      resources: sql({ database_version: 'MYSQL_8_0', settings: { database_flags: [{ name: 'cloudsql_iam_authentication', value: 'on' }] } }),
      expect: 'pass',
    },
    {
      name: 'MySQL with the PostgreSQL flag',
      rule: rule('gcp-sql-iam-authentication'),
      resources: sql({ database_version: 'MYSQL_8_0', settings: { database_flags: [{ name: 'cloudsql.iam_authentication', value: 'on' }] } }),
      expect: 'fail',
      address: 'google_sql_database_instance.db',
    },
    {
      name: 'MySQL recovers to a point in time from binary logs',
      rule: rule('gcp-sql-backups'),
      resources: sql({ database_version: 'MYSQL_8_0', settings: { backup_configuration: { enabled: true, binary_log_enabled: true } } }),
      expect: 'pass',
    },
    {
      name: 'PostgreSQL needs point_in_time_recovery_enabled',
      rule: rule('gcp-sql-backups'),
      resources: sql({ settings: { backup_configuration: { enabled: true, binary_log_enabled: true } } }),
      expect: 'fail',
      address: 'google_sql_database_instance.db',
    },
    { name: 'a replica backs up through its primary', rule: rule('gcp-sql-backups'), resources: sql({ master_instance_name: ref('google_sql_database_instance.primary.name') }), expect: 'pass' },
    { name: 'an asymmetric key does not rotate automatically', rule: rule('gcp-kms-key-rotation'), resources: { google_kms_crypto_key: { k: { purpose: 'ASYMMETRIC_SIGN' } } }, expect: 'pass' },
    { name: 'a proxy-only subnetwork has no flow logs', rule: rule('gcp-subnetwork-flow-logs'), resources: subnet({ purpose: 'REGIONAL_MANAGED_PROXY' }), expect: 'pass' },
    { name: 'a Private Service Connect subnetwork can', rule: rule('gcp-subnetwork-flow-logs'), resources: subnet({ purpose: 'PRIVATE_SERVICE_CONNECT' }), expect: 'fail', address: 'google_compute_subnetwork.s' },
    { name: 'a proxy-only subnetwork holds no VMs', rule: rule('gcp-subnetwork-private-google-access'), resources: subnet({ purpose: 'GLOBAL_MANAGED_PROXY' }), expect: 'pass' },
    { name: 'PRIVATE_RFC_1918 is a VM subnetwork (google 5.x-6.x)', rule: rule('gcp-subnetwork-private-google-access'), resources: subnet({ purpose: 'PRIVATE_RFC_1918' }), expect: 'fail', address: 'google_compute_subnetwork.s' },
  ]);
});

describe('values outside what the service accepts', () => {
  describeForms([
    {
      name: 'Cloud SQL keeping 400 backups',
      rule: rule('gcp-sql-backup-retention'),
      resources: sql({ settings: { backup_configuration: { backup_retention_settings: { retained_backups: 400 } } } }),
      expect: 'fail',
      address: 'google_sql_database_instance.db',
      message: /1–365/,
      level: 'error',
    },
    {
      name: 'a rotation period of an hour',
      rule: rule('gcp-kms-key-rotation'),
      resources: { google_kms_crypto_key: { k: { rotation_period: '3600s' } } },
      expect: 'fail',
      address: 'google_kms_crypto_key.k',
      message: /86400/,
      level: 'error',
    },
    { name: 'log bucket retention 0 keeps the 30-day default', rule: rule('gcp-logging-bucket-retention'), resources: { google_logging_project_bucket_config: { b: { retention_days: 0 } } }, params: { minLogRetentionDays: 30 }, expect: 'pass' },
  ]);
});

describe('strings and variables', () => {
  describeForms([
    { name: 'auth_enabled "true"', rule: rule('gcp-redis-auth'), resources: { google_redis_instance: { r: { auth_enabled: 'true' } } }, expect: 'pass' },
    {
      name: 'retained backups "14" from a variable default',
      rule: rule('gcp-sql-backup-retention'),
      resources: sql({ settings: { backup_configuration: { backup_retention_settings: { retained_backups: '${var.keep}' } } } }),
      extra: { variable: { keep: { type: 'number', default: '14' } } },
      params: { minBackupRetentionDays: 14 },
      expect: 'pass',
    },
    {
      name: 'availability type from a variable without a value',
      rule: rule('gcp-sql-high-availability'),
      resources: sql({ settings: { availability_type: '${var.availability}' } }),
      extra: { variable: { availability: {} } },
      expect: 'undecided',
      address: 'google_sql_database_instance.db',
    },
  ]);
});
