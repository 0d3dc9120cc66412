import {
  TerraformInputError,
  UNKNOWN,
  block,
  blockAt,
  get,
  isTerraformDocument,
  mergeDocuments,
  parseTerraform,
  providerOf,
  referencedAddresses,
} from '../../lib/terraform-json';

describe('parseTerraform: configuration JSON', () => {
  const doc = parseTerraform({
    provider: { aws: [{ region: 'eu-west-1' }, { region: 'us-east-1', alias: 'us' }] },
    resource: {
      aws_s3_bucket: { data: { bucket: 'acme', '//': { metadata: { path: 'tenant-acme/platform/storage/bucket' } } } },
      aws_eks_cluster: { main: [{ vpc_config: [{ endpoint_public_access: false }] }] },
    },
    data: { aws_iam_policy_document: { key: { statement: [] } } },
  });

  it('reads addresses, construct paths, providers and data sources', () => {
    expect(doc.kind).toBe('config');
    expect(doc.resources.map((r) => r.address)).toEqual(['aws_s3_bucket.data', 'aws_eks_cluster.main']);
    expect(doc.resources[0].path).toBe('tenant-acme/platform/storage/bucket');
    expect(doc.providers.map((p) => [p.alias, p.values.region])).toEqual([[undefined, 'eu-west-1'], ['us', 'us-east-1']]);
    expect(doc.data[0].address).toBe('data.aws_iam_policy_document.key');
  });

  it('accepts blocks written as a list of objects (JSON converted from HCL)', () => {
    expect(get(doc.resources[1].values, 'vpc_config.endpoint_public_access')).toBe(false);
    expect(blockAt({ settings: [{ ip: [{ a: 1 }] }] }, 'settings.ip')).toEqual({ a: 1 });
    expect(block({ x: { a: 1 } }, 'x')).toEqual({ a: 1 });
  });

  it('reads a cdk.tf.json: resources, construct paths, provider aliases and count', () => {
    const cdktf = parseTerraform({
      provider: { aws: [{ region: 'us-east-1' }, { region: 'eu-west-1', alias: 'eu' }] },
      resource: {
        aws_kms_key: {
          k: { '//': { metadata: { path: 'tenant-acme/encryption/shared-key' } }, provider: 'aws.eu', count: 2 },
          l: { for_each: '${var.keys}' },
        },
      },
    });
    expect(cdktf.kind).toBe('config');
    expect(cdktf.providers.find((p) => p.key === 'aws.eu')?.values).toMatchObject({ region: 'eu-west-1' });
    expect(cdktf.resources[0]).toMatchObject({ address: 'aws_kms_key.k', path: 'tenant-acme/encryption/shared-key', provider: 'aws.eu', count: 2 });
    expect(cdktf.resources[1].count).toBe(UNKNOWN);
  });

  it('counts a literal for_each and defaults the provider to the type prefix', () => {
    const d = parseTerraform({ resource: { google_storage_bucket: { b: { for_each: { a: 1, b: 2, c: 3 } } } } });
    expect(d.resources[0]).toMatchObject({ provider: 'google', count: 3 });
  });

  it('finds the provider configuration a resource uses, alias included', () => {
    const d = parseTerraform({ provider: { aws: [{ region: 'eu-west-1' }, { alias: 'us', region: 'us-west-2' }] }, resource: { aws_eip: { a: { provider: 'aws.us' }, b: {} } } });
    expect(providerOf(d, d.resources[0])?.values.region).toBe('us-west-2');
    expect(providerOf(d, d.resources[1])?.values.region).toBe('eu-west-1');
  });

  it('rejects JSON that is not Terraform', () => {
    expect(() => parseTerraform({ name: 'package.json' })).toThrow(TerraformInputError);
    expect(() => parseTerraform([1, 2])).toThrow(/not Terraform JSON/);
  });

  it('rejects JSON that is neither form, naming the input and the reason', () => {
    expect(() => parseTerraform([], 'x.json')).toThrow(TerraformInputError);
    expect(() => parseTerraform([], 'x.json')).toThrow(expect.objectContaining({ reason: 'not-an-object' }));
    expect(() => parseTerraform({ foo: 1 }, 'x.json')).toThrow(/^x.json: not Terraform JSON/);
    expect(() => parseTerraform({ foo: 1 }, 'x.json')).toThrow(expect.objectContaining({ reason: 'not-terraform' }));
    expect(() => parseTerraform({ resource: 'x' }, 'x.json')).toThrow(expect.objectContaining({ reason: 'invalid-resource-block', message: 'x.json: "resource" must be an object of resource types' }));
  });

  it('tells a parsed document from raw JSON', () => {
    expect(isTerraformDocument(doc)).toBe(true);
    expect(isTerraformDocument({ resource: {} })).toBe(false);
  });
});

describe('parseTerraform: terraform show -json', () => {
  const plan = {
    format_version: '1.2',
    planned_values: {
      root_module: {
        resources: [{ address: 'aws_s3_bucket.data', mode: 'managed', type: 'aws_s3_bucket', name: 'data', values: { bucket: 'acme' } }],
        child_modules: [
          {
            address: 'module.logs',
            resources: [
              { address: 'module.logs.aws_cloudwatch_log_group.g[0]', mode: 'managed', type: 'aws_cloudwatch_log_group', name: 'g', values: { retention_in_days: 30 } },
              { address: 'module.logs.aws_kms_key.k', mode: 'managed', type: 'aws_kms_key', name: 'k', values: {} },
            ],
          },
        ],
      },
    },
    configuration: {
      provider_config: { aws: { name: 'aws', expressions: { region: { constant_value: 'eu-central-1' } } } },
      root_module: {
        module_calls: {
          logs: {
            module: {
              resources: [{ address: 'aws_cloudwatch_log_group.g', expressions: { kms_key_id: { references: ['aws_kms_key.k.arn', 'aws_kms_key.k'] } } }],
            },
          },
        },
      },
    },
  };

  it('walks child modules and reads provider_config', () => {
    const doc = parseTerraform(plan, 'plan.json');
    expect(doc.kind).toBe('plan');
    expect(doc.resources.map((r) => r.address)).toEqual(['aws_s3_bucket.data', 'module.logs.aws_cloudwatch_log_group.g[0]', 'module.logs.aws_kms_key.k']);
    expect(doc.providers[0]).toMatchObject({ name: 'aws', values: { region: 'eu-central-1' }, file: 'plan.json' });
  });

  it('fills values unknown until apply with the references the configuration names, prefixed with the module', () => {
    const group = parseTerraform(plan).resources[1];
    expect(group.values.kms_key_id).toBe('${module.logs.aws_kms_key.k.arn}');
    expect(referencedAddresses(group.values.kms_key_id, group.module)).toEqual(['module.logs.aws_kms_key.k']);
  });

  it('merges documents of one module', () => {
    const merged = mergeDocuments([parseTerraform(plan), parseTerraform({ resource: { aws_vpc: { v: {} } } })]);
    expect(merged.resources).toHaveLength(4);
    expect(merged.kind).toBe('plan');
  });

  it('reads plan JSON: planned values of root and child modules, data sources apart, and provider config', () => {
    const doc = parseTerraform({
      format_version: '1.2',
      planned_values: {
        root_module: {
          resources: [
            { address: 'aws_eks_cluster.c', mode: 'managed', type: 'aws_eks_cluster', name: 'c', provider_name: 'registry.terraform.io/hashicorp/aws', values: { name: 'c' } },
            { address: 'data.aws_caller_identity.me', mode: 'data', type: 'aws_caller_identity', name: 'me', values: {} },
          ],
          child_modules: [
            { address: 'module.net', resources: [{ address: 'module.net.aws_nat_gateway.a[0]', mode: 'managed', type: 'aws_nat_gateway', name: 'a', index: 0, provider_name: 'registry.terraform.io/hashicorp/aws', values: {} }] },
          ],
        },
      },
      configuration: { provider_config: { aws: { name: 'aws', expressions: { region: { constant_value: 'eu-west-1' } } } } },
    });
    expect(doc.kind).toBe('plan');
    expect(doc.resources.map((r) => r.address)).toEqual(['aws_eks_cluster.c', 'module.net.aws_nat_gateway.a[0]']);
    expect(doc.data.map((r) => r.address)).toEqual(['data.aws_caller_identity.me']);
    expect(doc.providers.find((p) => p.key === 'aws')?.values.region).toBe('eu-west-1');
    expect(doc.resources.map((r) => [r.provider, r.count])).toEqual([['aws', 1], ['aws', 1]]);
  });

  it('takes the provider key from the configuration and shows a provider expression that is not constant as a reference', () => {
    const doc = parseTerraform({
      format_version: '1.2',
      planned_values: { root_module: { resources: [{ address: 'aws_eip.a', mode: 'managed', type: 'aws_eip', name: 'a', provider_name: 'registry.terraform.io/hashicorp/aws', values: {} }] } },
      configuration: {
        provider_config: { 'aws.west': { name: 'aws', alias: 'west', expressions: { region: { references: ['var.region'] } } } },
        root_module: { resources: [{ address: 'aws_eip.a', provider_config_key: 'aws.west', expressions: {} }] },
      },
    });
    expect(doc.resources[0].provider).toBe('aws.west');
    expect(providerOf(doc, doc.resources[0])).toMatchObject({ name: 'aws', alias: 'west', values: { region: '${var.region}' } });
  });

  it('reads the JSON of a state (values instead of planned_values)', () => {
    const doc = parseTerraform({ format_version: '1.0', values: { root_module: { resources: [{ address: 'aws_vpc.v', mode: 'managed', type: 'aws_vpc', name: 'v', values: { cidr_block: '10.0.0.0/16' } }] } } });
    expect(doc.kind).toBe('plan');
    expect(doc.resources[0].values.cidr_block).toBe('10.0.0.0/16');
  });
});
