import { ruleById } from '../../../lib/policy/rules';
import type { Rule } from '../../../lib/policy/rule';
import { describeForms } from '../helpers';

// Each class of issue 16 on small Terraform JSON, every case written with blocks as objects and as lists of blocks.
// Attribute names, defaults and ranges come from the hashicorp/aws docs and the AWS service docs cited in each rule.
const rule = (id: string): Rule => ruleById(id) ?? (() => { throw new Error(`no rule ${id}`); })();
const ref = (address: string) => `\${${address}}`;
const db = (values: Record<string, unknown>, extra: Record<string, Record<string, Record<string, unknown>>> = {}) => ({ aws_db_instance: { db: values }, ...extra });
const group = (type: string, name: string, parameters: Record<string, string>) => ({
  [type]: { [name]: { name, parameter: Object.entries(parameters).map(([n, value]) => ({ name: n, value })) } },
});
const bucket = { aws_s3_bucket: { data: { bucket: 'acme-data' } } };
const denyPolicy = { Statement: [{ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }] };

describe('booleans and numbers written as strings', () => {
  describeForms([
    { name: 'multi_az "true" is true', rule: rule('aws-rds-multi-az'), resources: db({ multi_az: 'true' }), expect: 'pass' },
    { name: 'multi_az "false" is false', rule: rule('aws-rds-multi-az'), resources: db({ multi_az: 'false' }), expect: 'fail', address: 'aws_db_instance.db' },
    {
      name: 'ebs encrypted "1" (aws < 6 TypeNullableBool) is true',
      rule: rule('aws-launch-template-ebs-encryption'),
      resources: { aws_launch_template: { lt: { block_device_mappings: { ebs: { encrypted: '1', kms_key_id: ref('aws_kms_key.k.arn') } } } } },
      expect: 'pass',
    },
    {
      name: 'at_rest_encryption_enabled "true" is true',
      rule: rule('aws-elasticache-at-rest-encryption'),
      resources: { aws_elasticache_replication_group: { rg: { at_rest_encryption_enabled: 'true', kms_key_id: ref('aws_kms_key.k.arn') } } },
      expect: 'pass',
    },
    { name: 'backup_retention_period "14" is 14', rule: rule('aws-rds-backup-retention'), resources: db({ backup_retention_period: '14' }), params: { minBackupRetentionDays: 7 }, expect: 'pass' },
    { name: 'retention_in_days "30" is 30', rule: rule('aws-cloudwatch-log-retention'), resources: { aws_cloudwatch_log_group: { g: { retention_in_days: '30' } } }, params: { minLogRetentionDays: 30 }, expect: 'pass' },
    {
      name: 'endpoint_public_access "false" is false',
      rule: rule('aws-eks-endpoint-restricted'),
      resources: { aws_eks_cluster: { c: { vpc_config: { endpoint_public_access: 'false' } } } },
      expect: 'pass',
    },
  ]);
});

describe('values outside what the service accepts are errors naming the range', () => {
  describeForms([
    { name: 'RDS instance retention 36', rule: rule('aws-rds-backup-retention'), resources: db({ backup_retention_period: 36 }), expect: 'fail', address: 'aws_db_instance.db', message: /0–35/, level: 'error' },
    {
      name: 'Aurora cluster retention 0',
      rule: rule('aws-rds-backup-retention'),
      resources: { aws_rds_cluster: { c: { engine: 'aurora-postgresql', backup_retention_period: 0 } } },
      expect: 'fail',
      address: 'aws_rds_cluster.c',
      message: /1–35/,
      level: 'error',
    },
    {
      name: 'CloudWatch retention 8 (not an accepted value)',
      rule: rule('aws-cloudwatch-log-retention'),
      resources: { aws_cloudwatch_log_group: { g: { retention_in_days: 8 } } },
      expect: 'fail',
      address: 'aws_cloudwatch_log_group.g',
      message: /one of 0, 1, 3, 5, 7, 14/,
      level: 'error',
    },
    { name: 'KMS deletion window 5', rule: rule('aws-kms-deletion-window'), resources: { aws_kms_key: { k: { deletion_window_in_days: 5 } } }, expect: 'fail', address: 'aws_kms_key.k', message: /7–30/, level: 'error' },
    {
      name: 'KMS rotation period 30 days',
      rule: rule('aws-kms-key-rotation'),
      resources: { aws_kms_key: { k: { enable_key_rotation: true, rotation_period_in_days: 30 } } },
      expect: 'fail',
      address: 'aws_kms_key.k',
      message: /90–2560/,
      level: 'error',
    },
    {
      name: 'KMS rotation period within range but above the pack maximum (a plain violation)',
      rule: rule('aws-kms-key-rotation'),
      resources: { aws_kms_key: { k: { enable_key_rotation: true, rotation_period_in_days: 400 } } },
      params: { maxKeyRotationDays: 365 },
      expect: 'fail',
      address: 'aws_kms_key.k',
      message: /400 days, more than 365/,
    },
  ]);
});

describe('aws-rds-force-ssl: TLS by engine', () => {
  const forceSsl = rule('aws-rds-force-ssl');
  const pg = (engine: string, parameters: Record<string, string>) => db({ engine, parameter_group_name: ref('aws_db_parameter_group.pg.name') }, group('aws_db_parameter_group', 'pg', parameters));
  describeForms([
    { name: 'PostgreSQL with rds.force_ssl = 1', rule: forceSsl, resources: pg('postgres', { 'rds.force_ssl': '1' }), expect: 'pass' },
    { name: 'PostgreSQL with rds.force_ssl = 0', rule: forceSsl, resources: pg('postgres', { 'rds.force_ssl': '0' }), expect: 'fail', address: 'aws_db_instance.db', message: /it is 0/ },
    { name: 'PostgreSQL on the default group', rule: forceSsl, resources: db({ engine: 'postgres', parameter_group_name: 'default.postgres16' }), expect: 'fail', address: 'aws_db_instance.db', message: /default parameter group/ },
    { name: 'MySQL with require_secure_transport = ON', rule: forceSsl, resources: pg('mysql', { require_secure_transport: 'ON' }), expect: 'pass' },
    { name: 'MySQL with rds.force_ssl only (not its parameter)', rule: forceSsl, resources: pg('mysql', { 'rds.force_ssl': '1' }), expect: 'fail', address: 'aws_db_instance.db', message: /require_secure_transport/ },
    { name: 'MariaDB with require_secure_transport = 1', rule: forceSsl, resources: pg('mariadb', { require_secure_transport: '1' }), expect: 'pass' },
    { name: 'SQL Server with rds.force_ssl = 1', rule: forceSsl, resources: pg('sqlserver-se', { 'rds.force_ssl': '1' }), expect: 'pass' },
    { name: 'Db2 with db2comm = SSL', rule: forceSsl, resources: pg('db2-se', { db2comm: 'SSL' }), expect: 'pass' },
    { name: 'Db2 with db2comm = TCPIP,SSL (clear text stays open)', rule: forceSsl, resources: pg('db2-ae', { db2comm: 'TCPIP,SSL' }), expect: 'fail', address: 'aws_db_instance.db' },
    {
      name: 'Oracle with native network encryption required',
      rule: forceSsl,
      resources: db(
        { engine: 'oracle-ee', option_group_name: ref('aws_db_option_group.o.name') },
        { aws_db_option_group: { o: { name: 'o', option: [{ option_name: 'NATIVE_NETWORK_ENCRYPTION', option_settings: [{ name: 'SQLNET.ENCRYPTION_SERVER', value: 'REQUIRED' }] }] } } },
      ),
      expect: 'pass',
    },
    {
      name: 'Oracle with the SSL option only (clear text stays open)',
      rule: forceSsl,
      resources: db({ engine: 'oracle-se2', option_group_name: ref('aws_db_option_group.o.name') }, { aws_db_option_group: { o: { name: 'o', option: [{ option_name: 'SSL', port: 2484 }] } } }),
      expect: 'fail',
      address: 'aws_db_instance.db',
      message: /clear-text port/,
    },
    {
      name: 'Aurora PostgreSQL through the cluster parameter group',
      rule: forceSsl,
      resources: {
        aws_rds_cluster: { c: { engine: 'aurora-postgresql', db_cluster_parameter_group_name: ref('aws_rds_cluster_parameter_group.cpg.name') } },
        aws_rds_cluster_instance: { i: { cluster_identifier: ref('aws_rds_cluster.c.id'), engine: 'aurora-postgresql' } },
        ...group('aws_rds_cluster_parameter_group', 'cpg', { 'rds.force_ssl': '1' }),
      },
      expect: 'pass',
    },
    { name: 'Aurora MySQL on the default cluster group', rule: forceSsl, resources: { aws_rds_cluster: { c: { engine: 'aurora-mysql' } } }, expect: 'fail', address: 'aws_rds_cluster.c' },
    { name: 'RDS Custom', rule: forceSsl, resources: db({ engine: 'custom-oracle-ee' }), expect: 'undecided', address: 'aws_db_instance.db', message: /RDS Custom/ },
    {
      name: 'a parameter group that is not in this configuration',
      rule: forceSsl,
      resources: db({ engine: 'postgres', parameter_group_name: 'shared-tls-params' }),
      expect: 'undecided',
      address: 'aws_db_instance.db',
      message: /not in this configuration/,
    },
    {
      name: 'a replica takes its source engine',
      rule: forceSsl,
      resources: {
        aws_db_instance: {
          primary: { engine: 'mysql', parameter_group_name: ref('aws_db_parameter_group.pg.name') },
          replica: { replicate_source_db: ref('aws_db_instance.primary.identifier'), parameter_group_name: ref('aws_db_parameter_group.pg.name') },
        },
        ...group('aws_db_parameter_group', 'pg', { require_secure_transport: 'ON' }),
      },
      expect: 'pass',
    },
    {
      name: 'an engine given by a variable without a value',
      rule: forceSsl,
      resources: db({ engine: '${var.engine}' }),
      extra: { variable: { engine: {} } },
      expect: 'undecided',
      address: 'aws_db_instance.db',
      message: /var\.engine/,
    },
  ]);
});

describe('exemptions the service makes', () => {
  describeForms([
    { name: 'SQL Server has no IAM database authentication', rule: rule('aws-rds-iam-authentication'), resources: db({ engine: 'sqlserver-ee' }), expect: 'pass' },
    { name: 'Oracle has no IAM database authentication', rule: rule('aws-rds-iam-authentication'), resources: db({ engine: 'oracle-ee' }), expect: 'pass' },
    { name: 'PostgreSQL does', rule: rule('aws-rds-iam-authentication'), resources: db({ engine: 'postgres' }), expect: 'fail', address: 'aws_db_instance.db' },
    {
      name: 'a replica is encrypted as its source',
      rule: rule('aws-rds-storage-encrypted'),
      resources: {
        aws_db_instance: {
          primary: { engine: 'postgres', storage_encrypted: true, kms_key_id: ref('aws_kms_key.k.arn') },
          replica: { replicate_source_db: ref('aws_db_instance.primary.identifier') },
        },
      },
      expect: 'pass',
    },
    {
      name: 'a replica of an unencrypted source',
      rule: rule('aws-rds-storage-encrypted'),
      resources: { aws_db_instance: { primary: { engine: 'postgres' }, replica: { replicate_source_db: ref('aws_db_instance.primary.identifier') } } },
      expect: 'fail',
      address: 'aws_db_instance.replica',
      message: /its source aws_db_instance.primary/,
    },
    {
      name: 'a replica of a source outside this configuration',
      rule: rule('aws-rds-storage-encrypted'),
      resources: db({ replicate_source_db: 'arn:aws:rds:eu-west-1:123456789012:db:primary' }),
      expect: 'undecided',
      address: 'aws_db_instance.db',
    },
    {
      name: 'an Aurora Serverless v1 cluster is encrypted by default',
      rule: rule('aws-rds-storage-encrypted'),
      resources: { aws_rds_cluster: { c: { engine: 'aurora-mysql', engine_mode: 'serverless', kms_key_id: ref('aws_kms_key.k.arn') } } },
      expect: 'pass',
    },
    { name: 'an asymmetric key cannot rotate', rule: rule('aws-kms-key-rotation'), resources: { aws_kms_key: { k: { customer_master_key_spec: 'RSA_2048' } } }, expect: 'pass' },
    {
      name: 'instance metadata turned off',
      rule: rule('aws-launch-template-imdsv2'),
      resources: { aws_launch_template: { lt: { metadata_options: { http_endpoint: 'disabled' } } } },
      expect: 'pass',
    },
  ]);
});

describe('older and alternative forms', () => {
  describeForms([
    { name: 'inline versioning (aws 3.x)', rule: rule('aws-s3-bucket-versioning'), resources: { aws_s3_bucket: { b: { versioning: { enabled: true } } } }, expect: 'pass' },
    { name: 'inline logging (aws 3.x)', rule: rule('aws-s3-access-logging'), resources: { aws_s3_bucket: { b: { logging: { target_bucket: 'acme-logs' } } } }, expect: 'pass' },
    {
      name: 'inline server-side encryption (aws 3.x)',
      rule: rule('aws-s3-bucket-encryption'),
      resources: {
        aws_s3_bucket: { b: { server_side_encryption_configuration: { rule: { apply_server_side_encryption_by_default: { sse_algorithm: 'aws:kms', kms_master_key_id: ref('aws_kms_key.k.arn') } } } } },
      },
      expect: 'pass',
    },
    { name: 'inline bucket policy (aws 3.x)', rule: rule('aws-s3-secure-transport'), resources: { aws_s3_bucket: { b: { policy: JSON.stringify(denyPolicy) } } }, expect: 'pass' },
    {
      name: 'the account-wide public access block',
      rule: rule('aws-s3-public-access-block'),
      resources: {
        ...bucket,
        aws_s3_account_public_access_block: { account: { block_public_acls: true, block_public_policy: true, ignore_public_acls: true, restrict_public_buckets: true } },
      },
      expect: 'pass',
    },
    {
      name: 'a policy document merged from a source document',
      rule: rule('aws-s3-secure-transport'),
      resources: {
        ...bucket,
        aws_s3_bucket_policy: { p: { bucket: ref('aws_s3_bucket.data.id'), policy: ref('data.aws_iam_policy_document.merged.json') } },
      },
      extra: {
        data: {
          aws_iam_policy_document: {
            tls: { statement: { effect: 'Deny', actions: ['s3:*'], condition: { test: 'Bool', variable: 'aws:SecureTransport', values: ['false'] } } },
            merged: { source_policy_documents: [ref('data.aws_iam_policy_document.tls.json')], statement: { effect: 'Allow', actions: ['s3:GetObject'] } },
          },
        },
      },
      expect: 'pass',
    },
    {
      name: 'a policy written with jsonencode (HCL converted to JSON)',
      rule: rule('aws-s3-secure-transport'),
      resources: {
        ...bucket,
        aws_s3_bucket_policy: {
          p: {
            bucket: ref('aws_s3_bucket.data.id'),
            policy: '${jsonencode({Statement = [{Effect = "Deny", Action = "s3:*", Resource = "${aws_s3_bucket.data.arn}/*", Condition = {Bool = {"aws:SecureTransport" = "false"}}}]})}',
          },
        },
      },
      expect: 'pass',
    },
    {
      name: 'a policy known only at apply',
      rule: rule('aws-s3-secure-transport'),
      resources: { ...bucket, aws_s3_bucket_policy: { p: { bucket: ref('aws_s3_bucket.data.id'), policy: '${var.policy}' } } },
      extra: { variable: { policy: {} } },
      expect: 'undecided',
      address: 'aws_s3_bucket.data',
    },
    {
      name: 'write-only master password',
      rule: rule('aws-rds-managed-password'),
      resources: db({ password_wo: '${ephemeral.random_password.db.result}' }),
      expect: 'fail',
      address: 'aws_db_instance.db',
      message: /write-only/,
    },
    {
      name: 'access entries absent: CONFIG_MAP',
      rule: rule('aws-eks-api-authentication'),
      resources: { aws_eks_cluster: { c: { name: 'c' } } },
      expect: 'fail',
      address: 'aws_eks_cluster.c',
      message: /CONFIG_MAP/,
    },
    { name: 'Pod Identity associations', rule: rule('aws-eks-workload-identity'), resources: { aws_eks_cluster: { c: {} }, aws_eks_pod_identity_association: { a: {} } }, expect: 'pass' },
    {
      name: 'open ingress in an aws_vpc_security_group_ingress_rule',
      rule: rule('aws-security-group-open-ingress'),
      resources: { aws_security_group: { sg: {} }, aws_vpc_security_group_ingress_rule: { r: { security_group_id: ref('aws_security_group.sg.id'), cidr_ipv4: '0.0.0.0/0', ip_protocol: 'tcp', from_port: 22, to_port: 22 } } },
      expect: 'fail',
      address: 'aws_security_group.sg',
    },
    {
      name: 'a per-resource region (aws 6.x)',
      rule: rule('aws-data-residency'),
      resources: { aws_s3_bucket: { b: { region: 'us-east-1' } } },
      provider: { aws: [{ region: 'eu-central-1' }] },
      params: { allowedRegions: ['eu-central-1'] },
      expect: 'fail',
      address: 'aws_s3_bucket.b',
    },
  ]);
});

describe('variables, locals and values a rule cannot know', () => {
  describeForms([
    {
      name: 'a bucket and its versioning tied only by the same variable (default)',
      rule: rule('aws-s3-bucket-versioning'),
      resources: { aws_s3_bucket: { b: { bucket: '${var.bucket_name}' } }, aws_s3_bucket_versioning: { v: { bucket: '${var.bucket_name}', versioning_configuration: { status: 'Enabled' } } } },
      extra: { variable: { bucket_name: { default: 'acme-data' } } },
      expect: 'pass',
    },
    {
      name: 'the same, the variable without a value',
      rule: rule('aws-s3-bucket-versioning'),
      resources: { aws_s3_bucket: { b: { bucket: '${var.bucket_name}' } }, aws_s3_bucket_versioning: { v: { bucket: '${var.bucket_name}', versioning_configuration: { status: 'Enabled' } } } },
      extra: { variable: { bucket_name: {} } },
      expect: 'pass',
    },
    {
      name: 'versioning of a bucket named by another unknown value',
      rule: rule('aws-s3-bucket-versioning'),
      resources: { aws_s3_bucket: { b: { bucket: 'acme-data' } }, aws_s3_bucket_versioning: { v: { bucket: '${var.other}', versioning_configuration: { status: 'Enabled' } } } },
      extra: { variable: { other: {} } },
      expect: 'undecided',
      address: 'aws_s3_bucket.b',
    },
    {
      name: 'a status from a local over a variable default',
      rule: rule('aws-s3-bucket-versioning'),
      resources: { ...bucket, aws_s3_bucket_versioning: { v: { bucket: ref('aws_s3_bucket.data.id'), versioning_configuration: { status: '${local.status}' } } } },
      extra: { variable: { on: { type: 'bool', default: true } }, locals: { status: '${var.on ? "Enabled" : "Suspended"}' } },
      expect: 'pass',
    },
    {
      name: 'multi_az from a variable without a value',
      rule: rule('aws-rds-multi-az'),
      resources: db({ multi_az: '${var.multi_az}' }),
      extra: { variable: { multi_az: { type: 'bool' } } },
      expect: 'undecided',
      address: 'aws_db_instance.db',
      message: /multi_az is not known \(\$\{var\.multi_az\}\)/,
    },
    {
      name: 'public access CIDRs from a variable without a value',
      rule: rule('aws-eks-endpoint-restricted'),
      resources: { aws_eks_cluster: { c: { vpc_config: { public_access_cidrs: '${var.cidrs}' } } } },
      extra: { variable: { cidrs: {} } },
      expect: 'undecided',
      address: 'aws_eks_cluster.c',
    },
    {
      name: 'an ingress CIDR from another resource is that network',
      rule: rule('aws-security-group-open-ingress'),
      resources: { aws_security_group: { sg: { ingress: { from_port: 5432, to_port: 5432, protocol: 'tcp', cidr_blocks: [ref('aws_vpc.v.cidr_block')] } } } },
      expect: 'pass',
    },
    {
      name: 'an ingress CIDR from a variable without a value',
      rule: rule('aws-security-group-open-ingress'),
      resources: { aws_security_group: { sg: { ingress: { from_port: 5432, to_port: 5432, protocol: 'tcp', cidr_blocks: ['${var.cidr}'] } } } },
      extra: { variable: { cidr: {} } },
      expect: 'undecided',
      address: 'aws_security_group.sg',
    },
    {
      name: 'a provider region from a variable default',
      rule: rule('aws-data-residency'),
      resources: { aws_s3_bucket: { b: {} } },
      provider: { aws: [{ region: '${var.region}' }] },
      extra: { variable: { region: { default: 'us-east-1' } } },
      params: { allowedRegions: ['eu-central-1'] },
      expect: 'fail',
      address: 'provider.aws',
    },
    {
      name: 'a provider region from a variable without a value',
      rule: rule('aws-data-residency'),
      resources: { aws_s3_bucket: { b: {} } },
      provider: { aws: [{ region: '${var.region}' }] },
      extra: { variable: { region: {} } },
      params: { allowedRegions: ['eu-central-1'] },
      expect: 'undecided',
      address: 'provider.aws',
    },
  ]);
});
