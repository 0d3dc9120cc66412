import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCost } from '../../../commands/cli/cost';

function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runCost(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

/**
 * A workspace with tenants/acme.yaml (free tier: pooled, 125 USD budget), a synthesized stack for it, and its
 * pool's allocation giving it a zero share, so totals are the stack's own resources.
 */
function workspace(resource: Record<string, unknown>) {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cost-cli-'));
  fs.mkdirSync(path.join(root, 'tenants'));
  fs.writeFileSync(path.join(root, 'tenants', 'acme.yaml'), 'id: acme\ntier: free\ncloud: aws\nregion: us-east-1\n');
  const stackDir = path.join(root, 'cdktf.out', 'stacks', 'tenant-acme');
  fs.mkdirSync(stackDir, { recursive: true });
  const file = path.join(stackDir, 'cdk.tf.json');
  fs.writeFileSync(file, JSON.stringify({ provider: { aws: [{ region: 'us-east-1' }] }, resource }));
  const poolDir = path.join(root, 'cdktf.out', 'stacks', 'pool-aws-us-east-1');
  fs.mkdirSync(poolDir, { recursive: true });
  fs.writeFileSync(
    path.join(poolDir, 'allocation.json'),
    JSON.stringify({ pool: 'pool-aws-us-east-1', currency: 'USD', monthlyCost: 0, tenants: [{ tenantId: 'acme', share: 0, monthlyCost: 0 }], unallocated: { share: 1, monthlyCost: 0 } }),
  );
  const dirs = ['--tenants-dir', path.join(root, 'tenants'), '--out', path.join(root, 'cdktf.out')];
  return { root, file, dirs };
}

describe('tenants cost', () => {
  it('reports synthesized tenant stacks and exits 0 within budget', () => {
    const { dirs } = workspace({ aws_kms_key: { k: {} } });
    const { code, stdout } = run(dirs);
    expect(code).toBe(0);
    expect(stdout).toContain('== acme ==');
    expect(stdout).toContain('Total: 1.00 USD/month; budget 125.00 USD: 0.8% OK');
  });

  it('exits 1 when a tenant is over budget, with the error on stderr', () => {
    const { dirs } = workspace({ aws_eks_cluster: { c: {}, d: {} } });
    const { code, stderr } = run([...dirs, '--format', 'json']);
    expect(code).toBe(1);
    expect(stderr).toMatch(/error: tenant 'acme' \(free tier, pooled\): estimated 146.00 USD\/month is over the budget of 125.00 USD/);
  });

  it('estimates files without a tenant as a plain report (no budget), in markdown', () => {
    const { file } = workspace({ aws_eks_cluster: { c: {} } });
    const { code, stdout } = run([file, '--format=markdown']);
    expect(code).toBe(0);
    expect(stdout).toContain('| aws_eks_cluster.c | Cluster | 730 | hours | 0.1 | 73.00 |');
  });

  it("checks files against one --tenant's budget", () => {
    const { file, dirs } = workspace({ aws_eks_cluster: { c: {}, d: {} } });
    const { code, stdout } = run(['--tenant', 'acme', file, ...dirs, '--format', 'json']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout).reports[0].budget).toMatchObject({ status: 'over', budgetUsd: 125 });
  });

  it('exits 2 naming a file that is not JSON, without a stack trace', () => {
    const { root } = workspace({});
    const bad = path.join(root, 'plan.json');
    fs.writeFileSync(bad, '{ not json');
    const { code, stderr } = run([bad]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^tenants cost: '.*plan.json' is not valid JSON/);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 for JSON that is not Terraform, a missing file, a bad flag and a missing stack', () => {
    const { root, dirs } = workspace({});
    const other = path.join(root, 'other.json');
    fs.writeFileSync(other, '{"name": "x"}');
    expect(run([other])).toMatchObject({ code: 2, stderr: expect.stringMatching(/neither a cdk.tf.json/) });
    expect(run([path.join(root, 'nope.json')])).toMatchObject({ code: 2, stderr: expect.stringMatching(/cannot read '.*nope.json' \(ENOENT\)/) });
    expect(run(['--format', 'xml'])).toMatchObject({ code: 2, stdout: '', stderr: "tenants cost: --format 'xml' is not one of: table, json, markdown\n" });
    expect(run(['--tenant'])).toMatchObject({ code: 2, stderr: 'tenants cost: --tenant needs a value; see tenants cost --help\n' });
    fs.rmSync(path.join(root, 'cdktf.out'), { recursive: true });
    expect(run(dirs)).toMatchObject({ code: 2, stderr: expect.stringMatching(/no synthesized stack for tenant 'acme'.*run `cdktf synth` first/) });
  });

  it('exits 2 for an unknown --tenant', () => {
    const { dirs } = workspace({});
    expect(run([...dirs, '--tenant', 'globex'])).toMatchObject({ code: 2, stderr: expect.stringMatching(/globex/) });
  });

  it('prints usage with --help', () => {
    expect(run(['--help'])).toMatchObject({ code: 0, stdout: expect.stringMatching(/^Usage: tenants cost/) });
  });
});

describe('tenants cost with input variables', () => {
  // One EKS control plane per instance of the count (0.10 USD/hour, 730 hours): the count comes from a variable.
  function module() {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'cost-vars-'));
    const file = path.join(root, 'main.tf.json');
    fs.writeFileSync(file, JSON.stringify({ variable: { clusters: { type: 'number', default: 1 } }, provider: { aws: [{ region: 'us-east-1' }] }, resource: { aws_eks_cluster: { c: { count: '${var.clusters}' } } } }));
    return { root, file };
  }
  const total = (stdout: string) => JSON.parse(stdout).reports[0].monthlyCost;

  it('takes counts from variable defaults, the folder’s terraform.tfvars, --var-file and --var, later winning', () => {
    const { root, file } = module();
    expect(total(run([file, '--format', 'json']).stdout)).toBeCloseTo(73);
    fs.writeFileSync(path.join(root, 'terraform.tfvars'), 'clusters = 2\n');
    expect(total(run([file, '--format', 'json']).stdout)).toBeCloseTo(146);
    fs.writeFileSync(path.join(root, 'prod.tfvars.json'), JSON.stringify({ clusters: 3 }));
    expect(total(run([file, '--var-file', path.join(root, 'prod.tfvars.json'), '--format', 'json']).stdout)).toBeCloseTo(219);
    expect(total(run([file, '--var-file', path.join(root, 'prod.tfvars.json'), '--var', 'clusters=4', '--format', 'json']).stdout)).toBeCloseTo(292);
  });

  it('exits 2 naming a variables file it cannot read', () => {
    const { file } = module();
    const r = run([file, '--var-file', 'missing.tfvars']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot read 'missing\.tfvars' \(ENOENT\)/);
  });
});

describe('tenants cost for pooled tenants', () => {
  it('adds the tenant share of its pool, read from the pool allocation', async () => {
    const { synthTenants } = await import('../../../stacks/synth');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tt-cost-pool-'));
    fs.mkdirSync(path.join(dir, 'tenants'));
    fs.writeFileSync(path.join(dir, 'tenants', 'acme.yaml'), 'id: acme\ntier: standard\ncloud: aws\nregion: us-east-1\n');
    const out = path.join(dir, 'out');
    expect(synthTenants({ tenantsDir: path.join(dir, 'tenants'), outdir: out, stdout: () => undefined })).toBe(0);
    const result = run(['--tenants-dir', path.join(dir, 'tenants'), '--out', out, '--format', 'json']);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout).reports[0];
    const share = report.resources.find((r: { type: string }) => r.type === 'pool_share');
    const allocation = JSON.parse(fs.readFileSync(path.join(out, 'stacks', 'pool-aws-us-east-1', 'allocation.json'), 'utf8'));
    expect(share.monthlyCost).toBeCloseTo(allocation.tenants[0].monthlyCost, 6);
    fs.rmSync(dir, { recursive: true });
  });
});
