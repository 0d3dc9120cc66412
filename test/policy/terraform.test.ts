import { TerraformInputError, mergeDocuments, parseTerraform } from '../../lib/policy/terraform';
import { block, blockAt, get, referencedAddresses, refersTo } from '../../lib/policy/values';

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

  it('rejects JSON that is not Terraform', () => {
    expect(() => parseTerraform({ name: 'package.json' })).toThrow(TerraformInputError);
    expect(() => parseTerraform([1, 2])).toThrow(/not Terraform JSON/);
  });
});

describe('references', () => {
  it('extracts resource and data addresses from ${...} strings', () => {
    expect(referencedAddresses('${aws_s3_bucket.data.id}')).toEqual(['aws_s3_bucket.data']);
    expect(referencedAddresses('${data.aws_iam_policy_document.p.json}')).toEqual(['data.aws_iam_policy_document.p']);
    expect(referencedAddresses('${var.region}-${local.x}')).toEqual([]);
    expect(referencedAddresses(['${aws_kms_key.k[0].arn}'])).toEqual(['aws_kms_key.k']);
  });

  it('matches a reference by .id or .bucket, and a literal by the target’s id or name', () => {
    const bucket = { address: 'aws_s3_bucket.b', type: 'aws_s3_bucket', name: 'b', mode: 'managed' as const, module: '', values: { bucket: 'acme' } };
    const from = (v: string) => ({ ...bucket, address: 'x.y', values: { bucket: v } });
    expect(refersTo(from('${aws_s3_bucket.b.bucket}'), 'bucket', bucket)).toBe(true);
    expect(refersTo(from('acme'), 'bucket', bucket)).toBe(true);
    expect(refersTo(from('${aws_s3_bucket.other.id}'), 'bucket', bucket)).toBe(false);
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
});
