import { MAX_INSTANCES_PER_BLOCK, estimateCost, summarize } from '../../lib/cost/estimate';
import { parseTerraform } from '../../lib/terraform-json';
import { estimateDoc, tfJson } from './fixtures';

describe('estimateCost', () => {
  it('lists a type with no estimator as not priced, never as a silent zero', () => {
    const report = estimateDoc('aws', { aws_lambda_function: { f: {} }, aws_kms_key: { k: {} } });
    expect(report.resources[0]).toMatchObject({ status: 'not-priced', monthlyCost: 0 });
    expect(report.notPricedTypes).toEqual(['aws_lambda_function']);
    expect(report.monthlyCost).toBe(1);
  });

  it('reports free types as free with the reason', () => {
    const report = estimateDoc('aws', { aws_vpc: { v: { cidr_block: '10.0.0.0/16' } } });
    expect(report.resources[0]).toMatchObject({ status: 'free', notes: [expect.stringMatching(/no charge/)] });
  });

  it('reports a region missing from the catalogue', () => {
    const report = estimateCost(tfJson('aws', { aws_kms_key: { k: {} } }, 'ap-south-1'));
    expect(report.resources[0].status).toBe('missing-price');
    expect(report.incomplete[0]).toMatch(/aws region 'ap-south-1' is not in the price catalogue/);
  });

  it('reports a resource without a region as unknown, naming the fix', () => {
    const report = estimateCost({ resource: { aws_kms_key: { k: {} } } });
    expect(report.resources[0]).toMatchObject({ status: 'unknown', notes: ['no region: set `region` on the aws provider'] });
  });

  it('multiplies by a literal count and treats an expression count as unknown', () => {
    const report = estimateDoc('aws', { aws_kms_key: { a: { count: 3 }, b: { count: '${length(var.x)}' } } });
    expect(report.resources[0].monthlyCost).toBe(3);
    expect(report.resources[1].status).toBe('unknown');
  });

  it('reports an estimator that throws as failed, without throwing', () => {
    const report = estimateCost(tfJson('aws', { aws_kms_key: { k: {} } }), {
      estimators: {
        aws_kms_key: () => {
          throw new Error('boom');
        },
      },
    });
    expect(report.resources[0]).toMatchObject({ status: 'failed', notes: ['estimator failed: boom'] });
  });

  it('estimates plan JSON with the region from configuration.provider_config', () => {
    const plan = {
      format_version: '1.2',
      planned_values: {
        root_module: {
          resources: [
            { address: 'aws_eks_cluster.c', mode: 'managed', type: 'aws_eks_cluster', name: 'c', provider_name: 'registry.terraform.io/hashicorp/aws', values: { name: 'c' } },
          ],
          child_modules: [
            {
              address: 'module.db',
              resources: [
                {
                  address: 'module.db.aws_db_instance.this',
                  mode: 'managed',
                  type: 'aws_db_instance',
                  name: 'this',
                  provider_name: 'registry.terraform.io/hashicorp/aws',
                  values: { engine: 'postgres', instance_class: 'db.m6g.large', allocated_storage: 100, storage_type: 'gp3', multi_az: true, kms_key_id: null },
                },
              ],
            },
          ],
        },
      },
      configuration: { provider_config: { aws: { name: 'aws', expressions: { region: { constant_value: 'eu-west-1' } } } } },
    };
    const report = estimateCost(plan, { name: 'plan.json' });
    expect(report.resources.map((r) => r.region)).toEqual(['eu-west-1', 'eu-west-1']);
    expect(report.monthlyCost).toBeCloseTo(0.1 * 730 + 2 * 0.171 * 730 + 2 * 100 * 0.127, 6);
    expect(report.catalogDates).toEqual({ aws: '2025-06-01' });
  });

  it('estimates a whole AWS tenant stack: the sum of list-price arithmetic', () => {
    const report = estimateDoc(
      'aws',
      {
        aws_eks_cluster: { c: {} },
        aws_eks_node_group: { n: { instance_types: ['m6i.xlarge'], scaling_config: { desired_size: 2 }, disk_size: 50 } },
        aws_nat_gateway: { a: {}, b: {} },
        aws_eip: { a: {}, b: {} },
        aws_kms_key: { k: {} },
      },
      {},
    );
    const expected = 0.1 * 730 + 2 * 0.192 * 730 + 2 * 50 * 0.1 + 2 * 0.045 * 730 + 2 * 0.005 * 730 + 1;
    expect(report.monthlyCost).toBeCloseTo(expected, 6);
  });

  // No timing here (timings under load are noise): this checks a large document is estimated whole and consistently.
  it('estimates every resource of a large document, each the same as alone', () => {
    const one = { instance_types: ['m6i.xlarge'], scaling_config: { desired_size: 2 } };
    const db = { engine: 'postgres', instance_class: 'db.m6g.large', allocated_storage: 100 };
    const resource: Record<string, Record<string, object>> = { aws_eks_node_group: {}, aws_db_instance: {}, aws_vpc: {} };
    for (let i = 0; i < 1000; i++) {
      resource.aws_eks_node_group[`n${i}`] = one;
      resource.aws_db_instance[`d${i}`] = db;
      resource.aws_vpc[`v${i}`] = {};
    }
    const report = estimateCost(parseTerraform(tfJson('aws', resource)));
    const single = estimateCost(parseTerraform(tfJson('aws', { aws_eks_node_group: { n: one }, aws_db_instance: { d: db }, aws_vpc: { v: {} } })));
    expect(report.resources).toHaveLength(3000);
    expect(single.monthlyCost).toBeGreaterThan(0);
    expect(report.monthlyCost).toBeCloseTo(single.monthlyCost * 1000, 4);
  });

  it('merges estimates of several documents with summarize', () => {
    const a = estimateDoc('aws', { aws_kms_key: { k: {} } });
    const b = estimateDoc('gcp', { google_kms_crypto_key: { k: {} } });
    const merged = summarize('acme', [...a.resources, ...b.resources]);
    expect(merged.monthlyCost).toBeCloseTo(1.06, 9);
    expect(Object.keys(merged.catalogDates)).toEqual(['aws', 'gcp']);
  });
});

describe('estimateCost on input no provider would accept', () => {
  it('prices neither a negative size nor an absurd count, and says why', () => {
    const report = estimateCost(
      tfJson('aws', {
        aws_eks_node_group: { n: { instance_types: ['m6i.xlarge'], scaling_config: { desired_size: -3 } } },
        aws_nat_gateway: { g: { count: 1e308 } },
        aws_vpc: { v: {} },
      }),
    );
    expect(report.monthlyCost).toBe(0);
    expect(report.resources.filter((r) => r.status === 'failed').map((r) => [r.address, r.notes[0]])).toEqual([
      ['aws_eks_node_group.n', 'Nodes (-3 x m6i.xlarge): quantity -2190 hours is negative, so it is not priced; fix the count or size behind it'],
      ['aws_nat_gateway.g', `count 1e+308 is more than ${MAX_INSTANCES_PER_BLOCK} copies of one block, taken for a mistake and not priced; fix count`],
    ]);
  });
});
