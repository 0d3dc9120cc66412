import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { EksCluster } from '@cdktf/provider-aws/lib/eks-cluster';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { App, TerraformStack, Testing } from 'cdktf';
import { addBudgetGate, estimateTenantCost, gateTenantCost } from '../../lib/cost/budget-gate';
import { summarize } from '../../lib/cost/estimate';
import type { CostReport } from '../../lib/cost/model';
import { allocatePoolCost } from '../../lib/pool/cost';
import { TWO_TENANT_SIZING } from '../pool/fixtures';
import { costLine } from './fixtures';
import { resolveTenant } from '../../lib/model/resolve';
import { TenantSchema } from '../../lib/model/tenant';
import { tiers } from '../../tiers';

/** A free-tier tenant: budget 125 USD, warning at 80 % (100 USD). */
function freeTenant() {
  const result = resolveTenant(TenantSchema.parse({ id: 'acme', tier: 'free', cloud: 'aws', region: 'us-east-1' }), tiers);
  if (!result.ok) throw new Error('fixture tenant is invalid');
  return result.tenant;
}

function stackWith(build: (stack: TerraformStack) => void): TerraformStack {
  const stack = new TerraformStack(Testing.app(), 'tenant-acme');
  new AwsProvider(stack, 'aws', { region: 'us-east-1' });
  build(stack);
  return stack;
}

describe('addBudgetGate', () => {
  it('fails synth with the budget error when the tenant is over budget', () => {
    const stack = stackWith((s) => new EksCluster(s, 'cluster', { count: 2, name: 'acme', roleArn: 'arn:aws:iam::1:role/r', vpcConfig: { subnetIds: [] } }));
    addBudgetGate(stack, freeTenant(), { warn: () => undefined });
    expect(() => Testing.synth(stack, true)).toThrow(/tenant 'acme' \(free tier\): estimated 146.00 USD\/month is over the budget of 125.00 USD/);
  });

  it('warns above the threshold and passes', () => {
    const warnings: string[] = [];
    const stack = stackWith((s) => new KmsKey(s, 'keys', { count: 110 }));
    addBudgetGate(stack, freeTenant(), { warn: (m) => warnings.push(m) });
    expect(() => Testing.synth(stack, true)).not.toThrow();
    expect(warnings).toEqual([expect.stringMatching(/estimated 110.00 USD\/month is 88.0% of the budget of 125.00 USD/)]);
  });

  it('passes silently within budget and hands the report to onReport', () => {
    const reports: number[] = [];
    const warn = jest.fn();
    const stack = stackWith((s) => new KmsKey(s, 'key', {}));
    addBudgetGate(stack, freeTenant(), { warn, onReport: ({ report }) => reports.push(report.monthlyCost) });
    Testing.synth(stack, true);
    expect(warn).not.toHaveBeenCalled();
    expect(reports).toEqual([1]);
  });

  it('estimates the resolved stack JSON, construct paths included (estimateTenantCost)', () => {
    const stack = stackWith((s) => new KmsKey(s, 'key', {}));
    const { report } = estimateTenantCost(stack.toTerraform(), freeTenant());
    expect(report.resources[0].path).toBe('tenant-acme/key');
  });

  it('runs during app.synth()', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cost-synth-'));
    const app = new App({ outdir });
    const stack = new TerraformStack(app, 'tenant-acme');
    new AwsProvider(stack, 'aws', { region: 'us-east-1' });
    new EksCluster(stack, 'cluster', { count: 2, name: 'acme', roleArn: 'arn:aws:iam::1:role/r', vpcConfig: { subnetIds: [] } });
    addBudgetGate(stack, freeTenant(), { warn: () => undefined });
    expect(() => app.synth()).toThrow(/over the budget/);
  });
});


describe('gateTenantCost', () => {
  const line = costLine;
  const sizing = TWO_TENANT_SIZING;
  const poolReport: CostReport = summarize('pool-aws-us-east-1', [line('aws_eks_cluster.c', 73), line('aws_eks_node_group.n', 327)]);
  const allocation = allocatePoolCost('pool-aws-us-east-1', poolReport, sizing);
  const tenantOf = (input: { id: string; tier: string; cloud: 'aws' | 'azure'; region: string }) => {
    const result = resolveTenant(TenantSchema.parse(input), tiers);
    if (!result.ok) throw new Error('fixture tenant is invalid');
    return result.tenant;
  };

  it('checks a siloed tenant against its tier budget', () => {
    const { check } = gateTenantCost(summarize('acme', [line('aws_eks_cluster.c', 146)]), freeTenant());
    expect(check.message).toMatch(/^tenant 'acme' \(free tier\): estimated 146.00 USD\/month is over the budget of 125.00 USD/);
  });

  it("checks a pooled tenant's share against its tier's budget, and explains an overrun by the pool", () => {
    const own = summarize('globo', []);
    const free = tenantOf({ id: 'globo', tier: 'free', cloud: 'aws', region: 'us-east-1' });
    // 15 % of a 400 USD pool is 60 USD: under the free budget of 125 USD.
    expect(gateTenantCost(own, free, allocation).check.status).toBe('ok');
    const bigPool = allocatePoolCost('pool-aws-us-east-1', summarize('pool-aws-us-east-1', [line('aws_eks_node_group.n', 1000)]), sizing);
    const { check } = gateTenantCost(own, free, bigPool);
    expect(check.status).toBe('over');
    expect(check.message).toContain("tenant 'globo' (free tier, pooled): estimated 150.00 USD/month is over the budget of 125.00 USD");
    expect(check.message).toContain('Its share follows pool-aws-us-east-1 (1000.00 USD/month for 2 tenant(s), 55.0 % of its capacity unallocated)');
    expect(check.message).toContain("raise the free tier's budget (defineTier, budget.byCloud.aws), place the tenant in another region");
    // The same share on Azure, where the free tier's budget is budget.byCloud.azure (200 USD), is within it.
    const onAzure = tenantOf({ id: 'globo', tier: 'free', cloud: 'azure', region: 'westeurope' });
    expect(gateTenantCost(own, onAzure, bigPool).check).toMatchObject({ status: 'ok', budgetUsd: 200, percent: 75 });
  });
});
