import { parseTerraform, providerMajor, resolveReference } from '../../lib/terraform-json';

// Shapes as `terraform show -json` writes them (terraform 1.11, hashicorp/aws 5.100.0): a bucket policy whose values
// are all unknown until apply has no `values` at all in planned_values; the configuration of a JSON-syntax module
// keeps the template as `constant_value`; an HCL module only lists `references`.
const plan = {
  format_version: '1.2',
  variables: { env: { value: 'prod' } },
  planned_values: {
    outputs: { tenants: { sensitive: false, value: ['acme', 'globex'] } },
    root_module: {
      resources: [
        { address: 'aws_db_instance.db', mode: 'managed', type: 'aws_db_instance', name: 'db', values: { engine: 'postgres', parameter_group_name: 'acme-postgres16' } },
        { address: 'aws_db_parameter_group.pg', mode: 'managed', type: 'aws_db_parameter_group', name: 'pg', values: { name: 'acme-postgres16', parameter: [{ name: 'rds.force_ssl', value: '1' }] } },
        { address: 'aws_s3_bucket.b', mode: 'managed', type: 'aws_s3_bucket', name: 'b', values: { bucket: 'acme-data' } },
        { address: 'aws_s3_bucket_policy.json', mode: 'managed', type: 'aws_s3_bucket_policy', name: 'json', sensitive_values: {} },
        { address: 'aws_s3_bucket_policy.hcl', mode: 'managed', type: 'aws_s3_bucket_policy', name: 'hcl', values: {} },
        { address: 'aws_kms_key.k', mode: 'managed', type: 'aws_kms_key', name: 'k', values: { enable_key_rotation: true, tags: { env: 'prod' } } },
      ],
    },
  },
  resource_changes: [
    { address: 'aws_s3_bucket_policy.json', change: { actions: ['create'], after: {}, after_unknown: { bucket: true, id: true, policy: true } } },
    { address: 'aws_s3_bucket_policy.hcl', change: { actions: ['create'], after: {}, after_unknown: { bucket: true, id: true, policy: true } } },
    { address: 'aws_kms_key.k', change: { actions: ['create'], after: {}, after_unknown: { arn: true, id: true, description: true } } },
  ],
  configuration: {
    provider_config: { aws: { name: 'aws', full_name: 'registry.terraform.io/hashicorp/aws', version_constraint: '~> 5.0', expressions: { region: { references: ['var.region'] } } } },
    root_module: {
      variables: { env: { default: 'dev' }, region: {} },
      resources: [
        {
          address: 'aws_db_instance.db',
          expressions: { parameter_group_name: { constant_value: '${aws_db_parameter_group.pg.name}', references: ['aws_db_parameter_group.pg.name', 'aws_db_parameter_group.pg'] } },
        },
        {
          address: 'aws_s3_bucket_policy.json',
          expressions: {
            bucket: { constant_value: '${aws_s3_bucket.b.id}', references: ['aws_s3_bucket.b.id', 'aws_s3_bucket.b'] },
            policy: { constant_value: '{"Statement":[{"Effect":"Deny","Resource":"${aws_s3_bucket.b.arn}/*","Condition":{"Bool":{"aws:SecureTransport":"false"}}}]}', references: ['aws_s3_bucket.b.arn', 'aws_s3_bucket.b'] },
          },
        },
        {
          address: 'aws_s3_bucket_policy.hcl',
          expressions: { bucket: { references: ['aws_s3_bucket.b.id', 'aws_s3_bucket.b'] }, policy: { references: ['aws_s3_bucket.b.arn', 'aws_s3_bucket.b'] } },
        },
        { address: 'aws_kms_key.k', expressions: { description: {} } },
      ],
    },
  },
};

describe('parseTerraform: plans read through their configuration', () => {
  const doc = parseTerraform(plan, 'plan.json');
  const byAddress = (a: string) => doc.resources.find((r) => r.address === a)!;

  it('takes a value unknown until apply from the configuration: the template as written, or the reference', () => {
    expect(byAddress('aws_s3_bucket_policy.json').values.policy).toContain('"aws:SecureTransport":"false"');
    expect(byAddress('aws_s3_bucket_policy.json').values.bucket).toBe('${aws_s3_bucket.b.id}');
    expect(byAddress('aws_s3_bucket_policy.hcl').values.bucket).toBe('${aws_s3_bucket.b.id}');
    expect(byAddress('aws_s3_bucket_policy.hcl').values.policy).toBe('${aws_s3_bucket.b.arn}');
  });

  it('marks a configured value unknown until apply as unknown, not absent, and leaves what is not configured absent', () => {
    expect(byAddress('aws_kms_key.k').values.description).toBe('${aws_kms_key.k.description}');
    expect(byAddress('aws_kms_key.k').values.arn).toBeUndefined();
    expect(byAddress('aws_kms_key.k').values.enable_key_rotation).toBe(true);
  });

  it('finds the resource a planned literal names, where the configuration referenced it', () => {
    const db = byAddress('aws_db_instance.db');
    expect(resolveReference(doc, db, db.values.parameter_group_name)?.address).toBe('aws_db_parameter_group.pg');
  });

  it('reads the variables the plan was made with, its outputs and provider version constraints', () => {
    expect(doc.variableValues).toEqual({ env: 'prod' });
    expect(doc.variables.map((v) => [v.name, v.hasDefault])).toEqual([
      ['env', true],
      ['region', false],
    ]);
    expect(doc.outputs.tenants).toEqual(['acme', 'globex']);
    expect(providerMajor(doc, 'aws')).toBe(5);
    expect(doc.providers[0].values.region).toBe('${var.region}');
  });

  it('lets given values resolve what the plan could not know', () => {
    const given = parseTerraform(plan, 'plan.json', { variables: { region: 'eu-west-1' } });
    expect(given.providers[0].values.region).toBe('eu-west-1');
  });
});

describe('parseTerraform: plans with child modules', () => {
  it('leaves a child module’s var.* as written: they are the module’s inputs, not the root variables', () => {
    const doc = parseTerraform({
      format_version: '1.2',
      variables: { name: { value: 'root-value' } },
      planned_values: {
        root_module: {
          child_modules: [{ address: 'module.m', resources: [{ address: 'module.m.aws_s3_bucket.b', mode: 'managed', type: 'aws_s3_bucket', name: 'b', values: {} }] }],
        },
      },
      resource_changes: [{ address: 'module.m.aws_s3_bucket.b', change: { actions: ['create'], after: {}, after_unknown: { bucket: true } } }],
      configuration: {
        root_module: {
          variables: { name: {} },
          module_calls: { m: { module: { resources: [{ address: 'aws_s3_bucket.b', expressions: { bucket: { references: ['var.name'] } } }] } } },
        },
      },
    });
    expect(doc.resources[0].values.bucket).toBe('${var.name}');
  });
});
