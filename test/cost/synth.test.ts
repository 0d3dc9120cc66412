import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { EksCluster } from '@cdktf/provider-aws/lib/eks-cluster';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { App, TerraformStack, Testing } from 'cdktf';
import { addCostValidation, estimateTenantStack, writeCostReport } from '../../lib/cost/synth';
import { resolveTenant } from '../../lib/spec/resolve';
import { TenantSchema } from '../../lib/spec/tenant';
import { tiers } from '../../tiers';

/** A free-tier tenant: budget 100 USD, warning at 80 % (80 USD). */
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

describe('addCostValidation', () => {
  it('fails synth with the budget error when the tenant is over budget', () => {
    const stack = stackWith((s) => new EksCluster(s, 'cluster', { count: 2, name: 'acme', roleArn: 'arn:aws:iam::1:role/r', vpcConfig: { subnetIds: [] } }));
    addCostValidation(stack, freeTenant(), { warn: () => undefined });
    expect(() => Testing.synth(stack, true)).toThrow(/tenant 'acme' \(free tier\): estimated 146.00 USD\/month is over the budget of 100.00 USD/);
  });

  it('warns above the threshold and passes', () => {
    const warnings: string[] = [];
    const stack = stackWith((s) => new KmsKey(s, 'keys', { count: 90 }));
    addCostValidation(stack, freeTenant(), { warn: (m) => warnings.push(m) });
    expect(() => Testing.synth(stack, true)).not.toThrow();
    expect(warnings).toEqual([expect.stringMatching(/estimated 90.00 USD\/month is 90.0% of the budget of 100.00 USD/)]);
  });

  it('passes silently within budget and hands the report to onReport', () => {
    const reports: number[] = [];
    const warn = jest.fn();
    const stack = stackWith((s) => new KmsKey(s, 'key', {}));
    addCostValidation(stack, freeTenant(), { warn, onReport: (r) => reports.push(r.monthlyCost) });
    Testing.synth(stack, true);
    expect(warn).not.toHaveBeenCalled();
    expect(reports).toEqual([1]);
  });

  it('estimates the resolved stack JSON, construct paths included', () => {
    const stack = stackWith((s) => new KmsKey(s, 'key', {}));
    const { report } = estimateTenantStack(stack, freeTenant());
    expect(report.resources[0].path).toBe('tenant-acme/key');
  });

  it('runs during app.synth()', () => {
    const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'cost-synth-'));
    const app = new App({ outdir });
    const stack = new TerraformStack(app, 'tenant-acme');
    new AwsProvider(stack, 'aws', { region: 'us-east-1' });
    new EksCluster(stack, 'cluster', { count: 2, name: 'acme', roleArn: 'arn:aws:iam::1:role/r', vpcConfig: { subnetIds: [] } });
    addCostValidation(stack, freeTenant(), { warn: () => undefined });
    expect(() => app.synth()).toThrow(/over the budget/);
  });
});

describe('writeCostReport', () => {
  it('writes cost.json and cost.md next to the stack', () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'cost-report-')), 'stacks', 'tenant-acme');
    const { report, check } = estimateTenantStack(stackWith((s) => new KmsKey(s, 'key', {})), freeTenant());
    const written = writeCostReport(dir, report, check);
    expect(written.map((f) => path.basename(f))).toEqual(['cost.json', 'cost.md']);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'cost.json'), 'utf8')).reports[0].budget.status).toBe('ok');
    expect(fs.readFileSync(path.join(dir, 'cost.md'), 'utf8')).toContain('## acme');
  });
});
