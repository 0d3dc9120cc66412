import { RULES, ruleById } from '../../../lib/policy/rules';
import { RuleCase, describeRules, tf } from '../helpers';

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
    pass: tf({ google_kms_crypto_key: { k: { rotation_period: '7776000s' } } }),
    fail: tf({ google_kms_crypto_key: { k: { rotation_period: '63072000s' } } }),
    failing: 'google_kms_crypto_key.k',
    params: { maxKeyRotationDays: 365 },
  },
  {
    rule: rule('gcp-subnetwork-private-google-access'),
    pass: tf({ google_compute_subnetwork: { s: { private_ip_google_access: true } } }),
    fail: tf({ google_compute_subnetwork: { s: {} } }),
    failing: 'google_compute_subnetwork.s',
  },
  {
    rule: rule('gcp-subnetwork-flow-logs'),
    pass: tf({ google_compute_subnetwork: { s: { log_config: { aggregation_interval: 'INTERVAL_5_SEC' } } } }),
    fail: tf({ google_compute_subnetwork: { s: {} } }),
    failing: 'google_compute_subnetwork.s',
  },
  {
    rule: rule('gcp-gke-private-nodes'),
    pass: tf(gke({ private_cluster_config: [{ enable_private_nodes: true }] })),
    fail: tf(gke({})),
    failing: 'google_container_cluster.gke',
  },
  {
    rule: rule('gcp-gke-master-authorized-networks'),
    pass: tf(gke({ master_authorized_networks_config: { cidr_blocks: [{ cidr_block: '10.0.0.0/8' }] } })),
    fail: tf(gke({ master_authorized_networks_config: { cidr_blocks: [{ cidr_block: '0.0.0.0/0' }] } })),
    failing: 'google_container_cluster.gke',
  },
  {
    rule: rule('gcp-gke-private-endpoint'),
    pass: tf(gke({ private_cluster_config: { enable_private_endpoint: true } })),
    fail: tf(gke({ private_cluster_config: { enable_private_nodes: true } })),
    failing: 'google_container_cluster.gke',
  },
  {
    rule: rule('gcp-gke-workload-identity'),
    pass: tf(gke({ workload_identity_config: { workload_pool: 'acme.svc.id.goog' } })),
    fail: tf(gke({})),
    failing: 'google_container_cluster.gke',
  },
  {
    rule: rule('gcp-gke-network-policy'),
    pass: tf(gke({ datapath_provider: 'ADVANCED_DATAPATH' })),
    fail: tf(gke({ network_policy: { enabled: false } })),
    failing: 'google_container_cluster.gke',
  },
  {
    rule: rule('gcp-gke-secrets-encryption'),
    pass: tf(gke({ database_encryption: { state: 'ENCRYPTED', key_name: ref('google_kms_crypto_key.k.id') } })),
    fail: tf(gke({ database_encryption: { state: 'DECRYPTED' } })),
    failing: 'google_container_cluster.gke',
  },
  {
    rule: rule('gcp-gke-release-channel'),
    pass: tf(gke({ release_channel: { channel: 'REGULAR' } })),
    fail: tf(gke({ release_channel: { channel: 'UNSPECIFIED' } })),
    failing: 'google_container_cluster.gke',
  },
  { rule: rule('gcp-gke-shielded-nodes'), pass: tf(gke({})), fail: tf(gke({ enable_shielded_nodes: false })), failing: 'google_container_cluster.gke' },
  {
    rule: rule('gcp-gke-control-plane-logs'),
    pass: tf(gke({ logging_config: { enable_components: ['SYSTEM_COMPONENTS', 'APISERVER', 'SCHEDULER', 'CONTROLLER_MANAGER'] } })),
    fail: tf(gke({ logging_config: { enable_components: ['SYSTEM_COMPONENTS'] } })),
    failing: 'google_container_cluster.gke',
  },
  {
    rule: rule('gcp-gke-logging-enabled'),
    pass: tf(gke({ logging_config: { enable_components: ['SYSTEM_COMPONENTS', 'WORKLOADS'] } })),
    fail: tf(gke({ logging_service: 'none' })),
    failing: 'google_container_cluster.gke',
  },
  {
    rule: rule('gcp-gke-no-client-certificate'),
    pass: tf(gke({ master_auth: { client_certificate_config: { issue_client_certificate: false } } })),
    fail: tf(gke({ master_auth: { client_certificate_config: { issue_client_certificate: true } } })),
    failing: 'google_container_cluster.gke',
  },
  {
    rule: rule('gcp-node-pool-shielded-instance'),
    pass: tf(pool({ shielded_instance_config: { enable_secure_boot: true, enable_integrity_monitoring: true } })),
    fail: tf(pool({})),
    failing: 'google_container_node_pool.p',
  },
  {
    rule: rule('gcp-node-pool-metadata-server'),
    pass: tf(pool({ workload_metadata_config: { mode: 'GKE_METADATA' } })),
    fail: tf(pool({ workload_metadata_config: { mode: 'GCE_METADATA' } })),
    failing: 'google_container_node_pool.p',
  },
  {
    rule: rule('gcp-sql-private-ip'),
    pass: tf(sql({}, { ip_configuration: { ipv4_enabled: false, private_network: ref('google_compute_network.n.id') } })),
    fail: tf(sql({}, { ip_configuration: { ipv4_enabled: true } })),
    failing: 'google_sql_database_instance.db',
  },
  {
    rule: rule('gcp-sql-ssl-required'),
    pass: tf(sql({}, { ip_configuration: { ssl_mode: 'ENCRYPTED_ONLY' } })),
    fail: tf(sql({}, { ip_configuration: { ssl_mode: 'ALLOW_UNENCRYPTED_AND_ENCRYPTED' } })),
    failing: 'google_sql_database_instance.db',
  },
  {
    rule: rule('gcp-sql-backups'),
    pass: tf(sql({}, { backup_configuration: { enabled: true, point_in_time_recovery_enabled: true } })),
    fail: tf(sql({}, { backup_configuration: { enabled: true } })),
    failing: 'google_sql_database_instance.db',
  },
  {
    rule: rule('gcp-sql-backup-retention'),
    pass: tf(sql({}, { backup_configuration: { backup_retention_settings: { retained_backups: 30 } } })),
    fail: tf(sql({}, { backup_configuration: { backup_retention_settings: { retained_backups: 7 } } })),
    failing: 'google_sql_database_instance.db',
    params: { minBackupRetentionDays: 30 },
  },
  {
    rule: rule('gcp-sql-high-availability'),
    pass: tf(sql({}, { availability_type: 'REGIONAL' })),
    fail: tf(sql({}, { availability_type: 'ZONAL' })),
    failing: 'google_sql_database_instance.db',
  },
  {
    rule: rule('gcp-sql-deletion-protection'),
    pass: tf(sql({ deletion_protection: true }, { deletion_protection_enabled: true })),
    fail: tf(sql({ deletion_protection: false })),
    failing: 'google_sql_database_instance.db',
  },
  {
    rule: rule('gcp-sql-customer-managed-key'),
    pass: tf(sql({ encryption_key_name: ref('google_kms_crypto_key.k.id') })),
    fail: tf(sql({})),
    failing: 'google_sql_database_instance.db',
  },
  {
    rule: rule('gcp-sql-iam-authentication'),
    pass: tf(sql({}, { database_flags: [{ name: 'cloudsql.iam_authentication', value: 'on' }] })),
    fail: tf(sql({}, { database_flags: [{ name: 'log_connections', value: 'on' }] })),
    failing: 'google_sql_database_instance.db',
  },
  { rule: rule('gcp-redis-auth'), pass: tf(redis({ auth_enabled: true })), fail: tf(redis({})), failing: 'google_redis_instance.r' },
  {
    rule: rule('gcp-redis-transit-encryption'),
    pass: tf(redis({ transit_encryption_mode: 'SERVER_AUTHENTICATION' })),
    fail: tf(redis({ transit_encryption_mode: 'DISABLED' })),
    failing: 'google_redis_instance.r',
  },
  {
    rule: rule('gcp-redis-customer-managed-key'),
    pass: tf(redis({ customer_managed_key: ref('google_kms_crypto_key.k.id') })),
    fail: tf(redis({})),
    failing: 'google_redis_instance.r',
  },
  { rule: rule('gcp-storage-uniform-access'), pass: tf(bucket({ uniform_bucket_level_access: true })), fail: tf(bucket({})), failing: 'google_storage_bucket.b' },
  {
    rule: rule('gcp-storage-public-access-prevention'),
    pass: tf(bucket({ public_access_prevention: 'enforced' })),
    fail: tf(bucket({ public_access_prevention: 'inherited' })),
    failing: 'google_storage_bucket.b',
  },
  { rule: rule('gcp-storage-versioning'), pass: tf(bucket({ versioning: [{ enabled: true }] })), fail: tf(bucket({})), failing: 'google_storage_bucket.b' },
  {
    rule: rule('gcp-storage-customer-managed-key'),
    pass: tf(bucket({ encryption: { default_kms_key_name: ref('google_kms_crypto_key.k.id') } })),
    fail: tf(bucket({})),
    failing: 'google_storage_bucket.b',
  },
  {
    rule: rule('gcp-logging-bucket-retention'),
    pass: tf({ google_logging_project_bucket_config: { l: { retention_days: 400 } } }),
    fail: tf({ google_logging_project_bucket_config: { l: { retention_days: 30 } } }),
    failing: 'google_logging_project_bucket_config.l',
    params: { minLogRetentionDays: 365 },
  },
  {
    rule: rule('gcp-service-account-keys'),
    pass: tf({ google_service_account: { app: { account_id: 'app' } } }),
    fail: tf({ google_service_account_key: { app: { service_account_id: ref('google_service_account.app.name') } } }),
    failing: 'google_service_account_key.app',
  },
  {
    rule: rule('gcp-data-residency'),
    pass: tf(bucket({}), { google: [{ region: 'europe-west1' }] }),
    fail: tf({ google_compute_subnetwork: { s: { region: 'us-central1' } } }, { google: [{ region: 'europe-west1' }] }),
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
