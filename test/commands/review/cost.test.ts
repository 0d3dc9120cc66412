import * as fs from 'fs';
import * as path from 'path';
import { estimateCost } from '../../../lib/cost/estimate';
import { budgetStatus, ownCost, readCostFile, stackCost, stackCostSide } from '../../../commands/review/cost';
import { ReviewInputError, readSynthFolder } from '../../../commands/review/folder';
import { resolveTenant } from '../../../lib/model/resolve';
import { TenantSchema } from '../../../lib/model/tenant';
import { tiers } from '../../../tiers';
import { awsStack, costJson, removeScratch, synthFolder } from './fixtures';

afterAll(removeScratch);

function tenant(tier: string) {
  const resolved = resolveTenant(TenantSchema.parse({ id: 'acme', tier, cloud: 'aws', region: 'us-east-1' }), tiers);
  if (!resolved.ok) throw new Error('bad tenant');
  return resolved.tenant;
}

const slice = awsStack({ aws_s3_bucket: { data: {} } }, { output: { pool: { value: 'pool-aws-us-east-1' } } });
const sliceCost = costJson('acme', [
  { address: 'aws_s3_bucket.data', type: 'aws_s3_bucket', monthlyCost: 2.3 },
  { address: 'pool.pool-aws-us-east-1', type: 'pool_share', monthlyCost: 150 },
]);

describe('readCostFile', () => {
  it('reads the cost.json beside a cdk.tf.json, or nothing when there is none', () => {
    const dir = synthFolder({ 'tenant-acme': { json: slice, cost: sliceCost }, 'tenant-b': { json: slice } });
    const report = readCostFile(path.join(dir, 'stacks', 'tenant-acme', 'cdk.tf.json'));
    expect(report?.monthlyCost).toBeCloseTo(152.3, 6);
    expect(report?.resources.map((r) => r.type)).toEqual(['aws_s3_bucket', 'pool_share']);
    expect(readCostFile(path.join(dir, 'stacks', 'tenant-b', 'cdk.tf.json'))).toBeUndefined();
  });

  it('names a cost.json that is not a cost report, with the fix', () => {
    const dir = synthFolder({ 'tenant-acme': { json: slice, cost: { currency: 'EUR', monthlyCost: 1, reports: [] } } });
    const file = path.join(dir, 'stacks', 'tenant-acme', 'cost.json');
    expect(() => readCostFile(path.join(dir, 'stacks', 'tenant-acme', 'cdk.tf.json'))).toThrow(
      new ReviewInputError(`${file}: not a cost report (currency: Invalid input: expected "USD"); synthesize again, or delete it to estimate from cdk.tf.json`),
    );
    fs.writeFileSync(file, 'not json');
    expect(() => readCostFile(path.join(dir, 'stacks', 'tenant-acme', 'cdk.tf.json'))).toThrow(/cost.json: not valid JSON/);
  });
});

describe('stackCostSide', () => {
  it("takes synth's cost.json, pool share included and counted apart", () => {
    const folder = readSynthFolder(synthFolder({ 'tenant-acme': { json: slice, cost: sliceCost } }), 'base');
    const { side } = stackCostSide(folder.stacks.get('tenant-acme')!, folder, undefined, 'acme');
    expect(side).toEqual({ monthlyUsd: expect.closeTo(152.3, 6), poolShareUsd: 150, source: 'cost.json', notFullyPriced: 0 });
  });

  it('estimates the cdk.tf.json when there is no cost.json', () => {
    const folder = readSynthFolder(synthFolder({ 'tenant-acme': { json: awsStack({ aws_eks_cluster: { c: {} } }) } }), 'head');
    const { side } = stackCostSide(folder.stacks.get('tenant-acme')!, folder);
    expect(side).toEqual({ monthlyUsd: 73, poolShareUsd: 0, source: 'estimate', notFullyPriced: 0 });
  });

  it("estimates with the tenant's usage (its storage) when the tenant is known", () => {
    const folder = readSynthFolder(synthFolder({ 'tenant-acme': { json: awsStack({ aws_s3_bucket: { data: {} } }) } }), 'head');
    const stack = folder.stacks.get('tenant-acme')!;
    expect(stackCostSide(stack, folder).side.monthlyUsd).toBe(0);
    // standard tier: 100 GB of S3 Standard at 0.023 USD/GB-month.
    expect(stackCostSide(stack, folder, tenant('standard')).side.monthlyUsd).toBeCloseTo(2.3, 6);
  });

  it("adds a slice's pool share from the pool's allocation.json when estimating", () => {
    const allocation = {
      pool: 'pool-aws-us-east-1',
      currency: 'USD',
      monthlyCost: 400,
      tenants: [{ tenantId: 'acme', share: 0.25, monthlyCost: 100 }],
      unallocated: { share: 0.75, monthlyCost: 300 },
    };
    const dir = synthFolder({ 'tenant-acme': { json: awsStack({ aws_eks_cluster: { c: {} } }, { output: slice.output }) }, 'pool-aws-us-east-1': { json: awsStack({}), allocation } });
    const folder = readSynthFolder(dir, 'head');
    const { side } = stackCostSide(folder.stacks.get('tenant-acme')!, folder, undefined, 'acme');
    expect(side).toEqual({ monthlyUsd: 173, poolShareUsd: 100, source: 'estimate', notFullyPriced: 0 });
  });
});

describe('budgets and deltas', () => {
  it("checks a tenant's head cost against its tier's budget", () => {
    const report = estimateCost({ provider: { aws: [{ region: 'us-east-1' }] }, resource: { aws_eks_cluster: { c: {}, d: {} } } });
    expect(budgetStatus(tenant('free'), report)).toEqual({ tenantId: 'acme', tier: 'free', status: 'over', budgetUsd: 125, percent: 116.8 });
    expect(budgetStatus(tenant('premium'), report).status).toBe('ok');
  });

  it('takes the delta with a missing side as zero, and leaves pool shares out of own cost', () => {
    const side = (monthlyUsd: number, poolShareUsd = 0) => ({ monthlyUsd, poolShareUsd, source: 'cost.json' as const, notFullyPriced: 0 });
    expect(stackCost(side(100), side(250)).deltaUsd).toBe(150);
    expect(stackCost(undefined, side(40))).toEqual({ head: side(40), deltaUsd: 40 });
    expect(stackCost(side(40), undefined).deltaUsd).toBe(-40);
    expect(ownCost(side(152.5, 150))).toBeCloseTo(2.5, 6);
    expect(ownCost(undefined)).toBe(0);
  });
});
