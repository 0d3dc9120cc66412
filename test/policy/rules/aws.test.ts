import { RULES, ruleById } from '../../../lib/policy/rules';
import { RuleCase, describeRules, run, tf } from '../helpers';

const rule = (id: string) => {
  const r = ruleById(id);
  if (!r) throw new Error(`no rule ${id}`);
  return r;
};
const ref = (address: string) => `\${${address}}`;

const bucket = { aws_s3_bucket: { data: { bucket: 'acme-data' } } };
const cluster = (values: Record<string, unknown>) => ({ aws_eks_cluster: { main: { name: 'acme', ...values } } });
const db = (values: Record<string, unknown>) => ({ aws_db_instance: { main: { engine: 'postgres', ...values } } });
const cache = (values: Record<string, unknown>) => ({ aws_elasticache_replication_group: { main: values } });
const openSg = {
  aws_security_group: {
    db: { ingress: [{ from_port: 5432, to_port: 5432, protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'] }] },
  },
};

const cases: RuleCase[] = [
  { rule: rule('aws-kms-key-rotation'), pass: { aws_kms_key: { k: { enable_key_rotation: true } } }, fail: { aws_kms_key: { k: {} } }, failing: 'aws_kms_key.k' },
  {
    rule: rule('aws-kms-deletion-window'),
    pass: { aws_kms_key: { k: { deletion_window_in_days: 30 } } },
    fail: { aws_kms_key: { k: { deletion_window_in_days: 7 } } },
    failing: 'aws_kms_key.k',
  },
  {
    rule: rule('aws-s3-bucket-encryption'),
    pass: {
      ...bucket,
      aws_s3_bucket_server_side_encryption_configuration: {
        data: {
          bucket: ref('aws_s3_bucket.data.id'),
          rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'aws:kms', kms_master_key_id: ref('aws_kms_key.k.arn') }] }],
        },
      },
    },
    fail: {
      ...bucket,
      aws_s3_bucket_server_side_encryption_configuration: {
        data: { bucket: ref('aws_s3_bucket.data.bucket'), rule: { apply_server_side_encryption_by_default: { sse_algorithm: 'AES256' } } },
      },
    },
    failing: 'aws_s3_bucket.data',
  },
  {
    rule: rule('aws-s3-public-access-block'),
    pass: {
      ...bucket,
      aws_s3_bucket_public_access_block: {
        data: { bucket: ref('aws_s3_bucket.data.id'), block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true },
      },
    },
    fail: { ...bucket, aws_s3_bucket_public_access_block: { data: { bucket: ref('aws_s3_bucket.data.id'), block_public_acls: true } } },
    failing: 'aws_s3_bucket.data',
  },
  {
    rule: rule('aws-s3-bucket-versioning'),
    pass: { ...bucket, aws_s3_bucket_versioning: { v: { bucket: ref('aws_s3_bucket.data.id'), versioning_configuration: { status: 'Enabled' } } } },
    fail: { ...bucket, aws_s3_bucket_versioning: { v: { bucket: ref('aws_s3_bucket.data.id'), versioning_configuration: { status: 'Suspended' } } } },
    failing: 'aws_s3_bucket.data',
  },
  {
    rule: rule('aws-s3-access-logging'),
    pass: { ...bucket, aws_s3_bucket_logging: { l: { bucket: ref('aws_s3_bucket.data.id'), target_bucket: 'acme-logs' } } },
    fail: bucket,
    failing: 'aws_s3_bucket.data',
  },
  {
    rule: rule('aws-s3-secure-transport'),
    pass: {
      ...bucket,
      aws_s3_bucket_policy: {
        p: {
          bucket: ref('aws_s3_bucket.data.id'),
          policy: JSON.stringify({ Statement: [{ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }] }),
        },
      },
    },
    fail: { ...bucket, aws_s3_bucket_policy: { p: { bucket: ref('aws_s3_bucket.data.id'), policy: '{"Statement":[]}' } } },
    failing: 'aws_s3_bucket.data',
  },
  {
    rule: rule('aws-eks-endpoint-restricted'),
    pass: cluster({ vpc_config: { endpoint_public_access: true, public_access_cidrs: ['203.0.113.0/24'] } }),
    fail: cluster({ vpc_config: { endpoint_public_access: true } }),
    failing: 'aws_eks_cluster.main',
  },
  {
    rule: rule('aws-eks-private-endpoint'),
    pass: cluster({ vpc_config: [{ endpoint_public_access: false, endpoint_private_access: true }] }),
    fail: cluster({ vpc_config: { endpoint_public_access: true, endpoint_private_access: true } }),
    failing: 'aws_eks_cluster.main',
  },
  {
    rule: rule('aws-eks-secrets-encryption'),
    pass: cluster({ encryption_config: { resources: ['secrets'], provider: { key_arn: ref('aws_kms_key.k.arn') } } }),
    fail: cluster({}),
    failing: 'aws_eks_cluster.main',
  },
  {
    rule: rule('aws-eks-audit-logging'),
    pass: cluster({ enabled_cluster_log_types: ['api', 'audit'] }),
    fail: cluster({ enabled_cluster_log_types: ['api'] }),
    failing: 'aws_eks_cluster.main',
  },
  {
    rule: rule('aws-eks-control-plane-logs'),
    pass: cluster({ enabled_cluster_log_types: ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'] }),
    fail: cluster({ enabled_cluster_log_types: ['api', 'audit'] }),
    failing: 'aws_eks_cluster.main',
  },
  {
    rule: rule('aws-eks-api-authentication'),
    pass: cluster({ access_config: { authentication_mode: 'API' } }),
    fail: cluster({ access_config: { authentication_mode: 'API_AND_CONFIG_MAP' } }),
    failing: 'aws_eks_cluster.main',
  },
  {
    rule: rule('aws-eks-workload-identity'),
    pass: { ...cluster({}), aws_iam_openid_connect_provider: { oidc: { url: ref('aws_eks_cluster.main.identity[0].oidc[0].issuer') } } },
    fail: cluster({}),
    failing: 'aws_eks_cluster.main',
  },
  {
    rule: rule('aws-launch-template-imdsv2'),
    pass: { aws_launch_template: { nodes: { metadata_options: { http_tokens: 'required' } } } },
    fail: { aws_launch_template: { nodes: { metadata_options: { http_tokens: 'optional' } } } },
    failing: 'aws_launch_template.nodes',
  },
  {
    rule: rule('aws-launch-template-ebs-encryption'),
    pass: { aws_launch_template: { nodes: { block_device_mappings: [{ device_name: '/dev/xvda', ebs: { encrypted: 'true', kms_key_id: ref('aws_kms_key.k.arn') } }] } } },
    fail: { aws_launch_template: { nodes: { block_device_mappings: [{ device_name: '/dev/xvda', ebs: { encrypted: 'true' } }] } } },
    failing: 'aws_launch_template.nodes',
  },
  {
    rule: rule('aws-iam-no-access-keys'),
    pass: { aws_iam_role: { r: {} }, aws_iam_access_key: {} },
    fail: { aws_iam_access_key: { ci: { user: 'ci' } } },
    failing: 'aws_iam_access_key.ci',
  },
  {
    rule: rule('aws-security-group-open-ingress'),
    pass: { aws_security_group: { lb: { ingress: [{ from_port: 443, to_port: 443, protocol: 'tcp', cidr_blocks: ['0.0.0.0/0'] }] } } },
    fail: {
      aws_security_group: { db: {} },
      aws_vpc_security_group_ingress_rule: { ssh: { security_group_id: ref('aws_security_group.db.id'), cidr_ipv4: '0.0.0.0/0', from_port: 22, to_port: 22, ip_protocol: 'tcp' } },
    },
    failing: 'aws_security_group.db',
  },
  {
    rule: rule('aws-rds-storage-encrypted'),
    pass: db({ storage_encrypted: true, kms_key_id: ref('aws_kms_key.k.arn') }),
    fail: db({ storage_encrypted: true }),
    failing: 'aws_db_instance.main',
  },
  {
    rule: rule('aws-rds-not-public'),
    pass: { ...db({ publicly_accessible: false, vpc_security_group_ids: [ref('aws_security_group.db.id')] }), aws_security_group: { db: {} } },
    fail: { ...db({ publicly_accessible: false, vpc_security_group_ids: [ref('aws_security_group.db.id')] }), ...openSg },
    failing: 'aws_db_instance.main',
  },
  { rule: rule('aws-rds-backup-retention'), pass: db({ backup_retention_period: 7 }), fail: db({ backup_retention_period: 1 }), failing: 'aws_db_instance.main', params: { minBackupRetentionDays: 7 } },
  { rule: rule('aws-rds-multi-az'), pass: db({ multi_az: true }), fail: db({ multi_az: false }), failing: 'aws_db_instance.main' },
  { rule: rule('aws-rds-deletion-protection'), pass: db({ deletion_protection: true }), fail: db({}), failing: 'aws_db_instance.main' },
  {
    rule: rule('aws-rds-managed-password'),
    pass: db({ manage_master_user_password: true }),
    fail: db({ password: ref('random_password.db.result') }),
    failing: 'aws_db_instance.main',
  },
  { rule: rule('aws-rds-iam-authentication'), pass: db({ iam_database_authentication_enabled: true }), fail: db({}), failing: 'aws_db_instance.main' },
  {
    rule: rule('aws-rds-force-ssl'),
    pass: {
      ...db({ parameter_group_name: ref('aws_db_parameter_group.pg.name') }),
      aws_db_parameter_group: { pg: { family: 'postgres16', parameter: [{ name: 'rds.force_ssl', value: '1' }] } },
    },
    fail: {
      ...db({ parameter_group_name: ref('aws_db_parameter_group.pg.name') }),
      aws_db_parameter_group: { pg: { family: 'postgres16', parameter: [{ name: 'rds.force_ssl', value: '0' }] } },
    },
    failing: 'aws_db_instance.main',
  },
  {
    rule: rule('aws-elasticache-at-rest-encryption'),
    pass: cache({ at_rest_encryption_enabled: true, kms_key_id: ref('aws_kms_key.k.arn') }),
    fail: cache({ at_rest_encryption_enabled: true }),
    failing: 'aws_elasticache_replication_group.main',
  },
  {
    rule: rule('aws-elasticache-transit-encryption'),
    pass: cache({ transit_encryption_enabled: true }),
    fail: cache({ transit_encryption_enabled: false }),
    failing: 'aws_elasticache_replication_group.main',
  },
  {
    rule: rule('aws-elasticache-auth'),
    pass: cache({ user_group_ids: [ref('aws_elasticache_user_group.g.id')] }),
    fail: cache({}),
    failing: 'aws_elasticache_replication_group.main',
  },
  {
    rule: rule('aws-elasticache-automatic-failover'),
    pass: cache({ automatic_failover_enabled: true }),
    fail: cache({ automatic_failover_enabled: false }),
    failing: 'aws_elasticache_replication_group.main',
  },
  {
    rule: rule('aws-elasticache-snapshot-retention'),
    pass: cache({ snapshot_retention_limit: 5 }),
    fail: cache({}),
    failing: 'aws_elasticache_replication_group.main',
  },
  {
    rule: rule('aws-cloudwatch-log-retention'),
    pass: { aws_cloudwatch_log_group: { g: { retention_in_days: 365 } } },
    fail: { aws_cloudwatch_log_group: { g: { retention_in_days: 90 } } },
    failing: 'aws_cloudwatch_log_group.g',
    params: { minLogRetentionDays: 365 },
  },
  {
    rule: rule('aws-cloudwatch-log-encryption'),
    pass: { aws_cloudwatch_log_group: { g: { kms_key_id: ref('aws_kms_key.k.arn') } } },
    fail: { aws_cloudwatch_log_group: { g: {} } },
    failing: 'aws_cloudwatch_log_group.g',
  },
  {
    rule: rule('aws-vpc-flow-logs'),
    pass: { aws_vpc: { main: { cidr_block: '10.0.0.0/16' } }, aws_flow_log: { f: { vpc_id: ref('aws_vpc.main.id'), traffic_type: 'ALL' } } },
    fail: { aws_vpc: { main: { cidr_block: '10.0.0.0/16' } } },
    failing: 'aws_vpc.main',
  },
  {
    rule: rule('aws-subnet-no-public-ip'),
    pass: { aws_subnet: { pub: { map_public_ip_on_launch: false } } },
    fail: { aws_subnet: { pub: { map_public_ip_on_launch: true } } },
    failing: 'aws_subnet.pub',
  },
  {
    rule: rule('aws-prometheus-workspace-encryption'),
    pass: { aws_prometheus_workspace: { w: { kms_key_arn: ref('aws_kms_key.k.arn') } } },
    fail: { aws_prometheus_workspace: { w: {} } },
    failing: 'aws_prometheus_workspace.w',
  },
  {
    rule: rule('aws-data-residency'),
    pass: { aws_s3_bucket: { b: {} } }, passProvider: { aws: [{ region: 'eu-central-1' }] },
    fail: { aws_s3_bucket: { b: {} } }, failProvider: { aws: [{ region: 'eu-west-1' }, { region: 'us-east-1', alias: 'us' }] },
    failing: 'provider.aws.us',
    params: { allowedRegions: ['eu-west-1', 'eu-central-1'] },
  },
];

describeRules(cases);

describe('aws rule coverage', () => {
  it('has a compliant and a non-compliant case for every AWS rule', () => {
    const covered = new Set(cases.map((c) => c.rule.id));
    expect(RULES.filter((r) => r.cloud === 'aws' && !covered.has(r.id)).map((r) => r.id)).toEqual([]);
  });
});

describe('aws-s3-bucket-encryption exceptions', () => {
  it('accepts SSE-S3 on a server access log target bucket, which S3 requires', () => {
    const doc = tf({
      aws_s3_bucket: { logs: {}, data: {} },
      aws_s3_bucket_logging: { l: { bucket: ref('aws_s3_bucket.data.id'), target_bucket: ref('aws_s3_bucket.logs.id') } },
      aws_s3_bucket_server_side_encryption_configuration: {
        logs: { bucket: ref('aws_s3_bucket.logs.id'), rule: [{ apply_server_side_encryption_by_default: [{ sse_algorithm: 'AES256' }] }] },
      },
    });
    const outcome = run(rule('aws-s3-bucket-encryption'), doc);
    expect(outcome.status === 'fail' ? outcome.violations.map((v) => v.resource?.address) : []).toEqual(['aws_s3_bucket.data']);
  });
});

describe('not applicable', () => {
  it('reports not-applicable when the document has nothing the rule checks', () => {
    expect(run(rule('aws-s3-bucket-encryption'), tf({ aws_vpc: { v: {} } }))).toEqual({ status: 'not-applicable' });
  });
  it('reports residency as not applicable when the pack allows every region', () => {
    expect(run(rule('aws-data-residency'), tf({}, { aws: [{ region: 'us-east-1' }] }))).toEqual({ status: 'not-applicable' });
  });
});
