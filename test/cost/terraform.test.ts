import { UNKNOWN } from '../../lib/cost/attributes';
import { CostInputError, readTerraformJson } from '../../lib/cost/terraform';

describe('readTerraformJson', () => {
  it('reads a cdk.tf.json: resources, construct paths, provider aliases and count', () => {
    const doc = readTerraformJson({
      provider: { aws: [{ region: 'us-east-1' }, { region: 'eu-west-1', alias: 'eu' }] },
      resource: {
        aws_kms_key: {
          k: { '//': { metadata: { path: 'tenant-acme/encryption/shared-key' } }, provider: 'aws.eu', count: 2 },
          l: { for_each: '${var.keys}' },
        },
      },
    });
    expect(doc.format).toBe('cdktf');
    expect(doc.providers['aws.eu']).toMatchObject({ region: 'eu-west-1' });
    expect(doc.resources[0]).toMatchObject({ address: 'aws_kms_key.k', path: 'tenant-acme/encryption/shared-key', provider: 'aws.eu', count: 2 });
    expect(doc.resources[1].count).toBe(UNKNOWN);
  });

  it('reads plan JSON: planned values of root and child modules, skipping data sources, and provider config', () => {
    const doc = readTerraformJson({
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
    expect(doc.format).toBe('plan');
    expect(doc.resources.map((r) => r.address)).toEqual(['aws_eks_cluster.c', 'module.net.aws_nat_gateway.a[0]']);
    expect(doc.providers.aws.region).toBe('eu-west-1');
  });

  it('rejects JSON that is neither form, naming the input', () => {
    expect(() => readTerraformJson([], 'x.json')).toThrow(CostInputError);
    expect(() => readTerraformJson({ foo: 1 }, 'x.json')).toThrow(/x.json: neither a cdk.tf.json/);
  });
});
