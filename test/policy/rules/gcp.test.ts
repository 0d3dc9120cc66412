import { RULES, ruleById } from '../../../lib/policy/rules';
import { RuleCase, describeRules } from '../helpers';

const rule = (id: string) => {
  const r = ruleById(id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
};
const ref = (address: string) => `\${${address}}`;

const gke = (values: Record<string, unknown>) => ({ google_container_cluster: { gke: { location: 'europe-west1', ...values } } });
const pool = (nodeConfig: Record<string, unknown>) => ({ google_container_node_pool: { p: { node_config: nodeConfig } } });
const sql = (values: Record<string, unknown>, settings: Record<string, unknown> = {}) => ({
  google_sql_database_instance: { db: { region: 'europe-west1', ...values, settings: [{ tier: 'db-custom-2-7680', ...settings }] } },
});
const redis = (values: Record<string, unknown>) => ({ google_redis_instance: { r: values } });
const bucket = (values: Record<string, unknown>) => ({ google_storage_bucket: { b: { location: 'EU', ...values } } });

const cases: RuleCase[] = [
  {
    rule: rule('gcp-kms-key-rotation'),
    pass: { google_kms_crypto_key: { k: { rotation_period: '7776000s' } } },
    fail: { google_kms_crypto_key: { k: { rotation_period: '63072000s' } } },
    failing: 'google_kms_crypto_key.k',
    params: { maxKeyRotationDays: 365 },
  },
  {
    rule: rule('gcp-subnetwork-private-google-access'),
    pass: { google_compute_subnetwork: { s: { private_ip_google_access: true } } },
    fail: { google_compute_subnetwork: { s: {} } },
    failing: 'google_compute_subnetwork.s',
  },
  {
    rule: rule('gcp-subnetwork-flow-logs'),
    pass: { google_compute_subnetwork: { s: { log_config: { aggregation_interval: 'INTERVAL_5_SEC' } } } },
    fail: { google_compute_subnetwork: { s: {} } },
    failing: 'google_compute_subnetwork.s',
  },
  {
    rule: rule('gcp-gke-private-nodes'),
    pass: gke({ private_cluster_config: [{ enable_private_nodes: true }] }),
    fail: gke({}),
    failing: 'google_container_cluster.gke',
  },
  {
    rule: rule('gcp-gke-master-authorized-networks'),
    pass: gke({ master_authorized_networks_config: { cidr_blocks: [{ cidr_block: '10.0.0.0/8' }] } }),
    fail: gke({ master_authorized_networks_config: { cidr_blocks: [{ cidr_block: '0.0.0.0/0' }] } }),
    failing: 'google_container_cluster.gke',
  },
  {
    rule: rule('gcp-gke-private-endpoint'),
    pass: gke({ private_cluster_config: { enable_private_endpoint: true } }),
    fail: gke({ private_cluster_config: { enable_private_nodes: true } }),
    failing: 'google_container_cluster.gke',
  },
  {
    rule: rule('gcp-gke-workload-identity'),
    pass: gke({ workload_identity_config: { workload_pool: 'acme.svc.id.goog' } }),
    fail: gke({}),
    failing: 'google_container_cluster.gke',
  },
  {
    rule: rule('gcp-gke-network-policy'),
    pass: gke({ datapath_provider: 'ADVANCED_DATAPATH' }),
    fail: gke({ network_policy: { enabled: false } }),
    failing: 'google_container_cluster.gke',
  },
  {
    rule: rule('gcp-gke-secrets-encryption'),
    pass: gke({ database_encryption: { state: 'ENCRYPTED', key_name: ref('google_kms_crypto_key.k.id') } }),
    fail: gke({ database_encryption: { state: 'DECRYPTED' } }),
    failing: 'google_container_cluster.gke',
  },
  {
    rule: rule('gcp-gke-release-channel'),
    pass: gke({ release_channel: { channel: 'REGULAR' } }),
    fail: gke({ release_channel: { channel: 'UNSPECIFIED' } }),
    failing: 'google_container_cluster.gke',
  },
  { rule: rule('gcp-gke-shielded-nodes'), pass: gke({}), fail: gke({ enable_shielded_nodes: false }), failing: 'google_container_cluster.gke' },
  {
    rule: rule('gcp-gke-control-plane-logs'),
    pass: gke({ logging_config: { enable_components: ['SYSTEM_COMPONENTS', 'APISERVER', 'SCHEDULER', 'CONTROLLER_MANAGER'] } }),
    fail: gke({ logging_config: { enable_components: ['SYSTEM_COMPONENTS'] } }),
    failing: 'google_container_cluster.gke',
  },
  {
    rule: rule('gcp-gke-logging-enabled'),
    pass: gke({ logging_config: { enable_components: ['SYSTEM_COMPONENTS', 'WORKLOADS'] } }),
    fail: gke({ logging_service: 'none' }),
    failing: 'google_container_cluster.gke',
  },
  {
    rule: rule('gcp-gke-no-client-certificate'),
    pass: gke({ master_auth: { client_certificate_config: { issue_client_certificate: false } } }),
    fail: gke({ master_auth: { client_certificate_config: { issue_client_certificate: true } } }),
    failing: 'google_container_cluster.gke',
  },
  {
    rule: rule('gcp-node-pool-shielded-instance'),
    pass: pool({ shielded_instance_config: { enable_secure_boot: true, enable_integrity_monitoring: true } }),
    fail: pool({}),
    failing: 'google_container_node_pool.p',
  },
  {
    rule: rule('gcp-node-pool-metadata-server'),
    pass: pool({ workload_metadata_config: { mode: 'GKE_METADATA' } }),
    fail: pool({ workload_metadata_config: { mode: 'GCE_METADATA' } }),
    failing: 'google_container_node_pool.p',
  },
  {
    rule: rule('gcp-sql-private-ip'),
    pass: sql({}, { ip_configuration: { ipv4_enabled: false, private_network: ref('google_compute_network.n.id') } }),
    fail: sql({}, { ip_configuration: { ipv4_enabled: true } }),
    failing: 'google_sql_database_instance.db',
  },
  {
    rule: rule('gcp-sql-ssl-required'),
    pass: sql({}, { ip_configuration: { ssl_mode: 'ENCRYPTED_ONLY' } }),
    fail: sql({}, { ip_configuration: { ssl_mode: 'ALLOW_UNENCRYPTED_AND_ENCRYPTED' } }),
    failing: 'google_sql_database_instance.db',
  },
  {
    rule: rule('gcp-sql-backups'),
    pass: sql({}, { backup_configuration: { enabled: true, point_in_time_recovery_enabled: true } }),
    fail: sql({}, { backup_configuration: { enabled: true } }),
    failing: 'google_sql_database_instance.db',
  },
  {
    rule: rule('gcp-sql-backup-retention'),
    pass: sql({}, { backup_configuration: { backup_retention_settings: { retained_backups: 30 } } }),
    fail: sql({}, { backup_configuration: { backup_retention_settings: { retained_backups: 7 } } }),
    failing: 'google_sql_database_instance.db',
    params: { minBackupRetentionDays: 30 },
  },
  {
    rule: rule('gcp-sql-high-availability'),
    pass: sql({}, { availability_type: 'REGIONAL' }),
    fail: sql({}, { availability_type: 'ZONAL' }),
    failing: 'google_sql_database_instance.db',
  },
  {
    rule: rule('gcp-sql-deletion-protection'),
    pass: sql({ deletion_protection: true }, { deletion_protection_enabled: true }),
    fail: sql({ deletion_protection: false }),
    failing: 'google_sql_database_instance.db',
  },
  {
    rule: rule('gcp-sql-customer-managed-key'),
    pass: sql({ encryption_key_name: ref('google_kms_crypto_key.k.id') }),
    fail: sql({}),
    failing: 'google_sql_database_instance.db',
  },
  {
    rule: rule('gcp-sql-iam-authentication'),
    pass: sql({}, { database_flags: [{ name: 'cloudsql.iam_authentication', value: 'on' }] }),
    fail: sql({}, { database_flags: [{ name: 'log_connections', value: 'on' }] }),
    failing: 'google_sql_database_instance.db',
  },
  { rule: rule('gcp-redis-auth'), pass: redis({ auth_enabled: true }), fail: redis({}), failing: 'google_redis_instance.r' },
  {
    rule: rule('gcp-redis-transit-encryption'),
    pass: redis({ transit_encryption_mode: 'SERVER_AUTHENTICATION' }),
    fail: redis({ transit_encryption_mode: 'DISABLED' }),
    failing: 'google_redis_instance.r',
  },
  {
    rule: rule('gcp-redis-customer-managed-key'),
    pass: redis({ customer_managed_key: ref('google_kms_crypto_key.k.id') }),
    fail: redis({}),
    failing: 'google_redis_instance.r',
  },
  { rule: rule('gcp-storage-uniform-access'), pass: bucket({ uniform_bucket_level_access: true }), fail: bucket({}), failing: 'google_storage_bucket.b' },
  {
    rule: rule('gcp-storage-public-access-prevention'),
    pass: bucket({ public_access_prevention: 'enforced' }),
    fail: bucket({ public_access_prevention: 'inherited' }),
    failing: 'google_storage_bucket.b',
  },
  { rule: rule('gcp-storage-versioning'), pass: bucket({ versioning: [{ enabled: true }] }), fail: bucket({}), failing: 'google_storage_bucket.b' },
  {
    rule: rule('gcp-storage-customer-managed-key'),
    pass: bucket({ encryption: { default_kms_key_name: ref('google_kms_crypto_key.k.id') } }),
    fail: bucket({}),
    failing: 'google_storage_bucket.b',
  },
  {
    rule: rule('gcp-logging-bucket-retention'),
    pass: { google_logging_project_bucket_config: { l: { retention_days: 400 } } },
    fail: { google_logging_project_bucket_config: { l: { retention_days: 30 } } },
    failing: 'google_logging_project_bucket_config.l',
    params: { minLogRetentionDays: 365 },
  },
  {
    rule: rule('gcp-service-account-keys'),
    pass: { google_service_account: { app: { account_id: 'app' } } },
    fail: { google_service_account_key: { app: { service_account_id: ref('google_service_account.app.name') } } },
    failing: 'google_service_account_key.app',
  },
  {
    rule: rule('gcp-data-residency'),
    pass: bucket({}), passProvider: { google: [{ region: 'europe-west1' }] },
    fail: { google_compute_subnetwork: { s: { region: 'us-central1' } } }, failProvider: { google: [{ region: 'europe-west1' }] },
    failing: 'google_compute_subnetwork.s',
    params: { allowedRegions: ['europe-west1', 'eu'] },
  },
];

describeRules(cases);

describe('gcp rule coverage', () => {
  it('has a compliant and a non-compliant case for every GCP rule', () => {
    const covered = new Set(cases.map((c) => c.rule.id));
    expect(RULES.filter((r) => r.cloud === 'gcp' && !covered.has(r.id)).map((r) => r.id)).toEqual([]);
  });
});
