import * as fs from 'fs';
import * as path from 'path';
import { main } from '../../../commands/cli/main';
import { REVIEW_USAGE, runReview } from '../../../commands/cli/review';
import { ReviewReportSchema } from '../../../commands/review/model';
import { awsStack, costJson, planJson, plansFolder, removeScratch, synthFolder, tenantFiles } from '../review/fixtures';

afterAll(removeScratch);

function run(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = runReview(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

/** A KMS key without rotation: a baseline warning. */
const quiet = awsStack({ aws_kms_key: { key: { enable_key_rotation: true } } });
/** A log group without a KMS key: a baseline error (aws-cloudwatch-log-encryption). */
const failing = awsStack({ aws_kms_key: { key: { enable_key_rotation: true } }, aws_cloudwatch_log_group: { logs: { retention_in_days: 30 } } });

const acmeFree = { acme: 'id: acme\ntier: free\ncloud: aws\nregion: us-east-1\n' };
const dirs = (base: string, head: string, tenants: string) => ['--base', base, '--head', head, '--tenants-dir', tenants];

describe('tenants review', () => {
  it('prints the markdown comment and exits 0', () => {
    const base = synthFolder({ 'tenant-acme': { json: quiet } });
    const head = synthFolder({ 'tenant-acme': { json: failing } });
    const { code, stdout, stderr } = run(dirs(base, head, tenantFiles(acmeFree)));
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.split('\n').slice(0, 4)).toEqual([
      '<!-- tenants-review -->',
      '## Infrastructure review',
      '',
      '**1 stack changed** (0 added, 1 changed, 0 removed; 0 unchanged) · resources **+1 ~0 -0** · replacements not known (no plans) · monthly cost **1.00 → 1.53 USD (+0.53)** · new findings: **1 error, 0 warnings**',
    ]);
  });

  it('exits 1 with --fail-on-findings when head has a new error finding', () => {
    const base = synthFolder({ 'tenant-acme': { json: quiet } });
    const head = synthFolder({ 'tenant-acme': { json: failing } });
    const { code, stdout } = run([...dirs(base, head, tenantFiles(acmeFree)), '--fail-on-findings']);
    expect(code).toBe(1);
    expect(stdout).toContain('`aws-cloudwatch-log-encryption`');
    // The same error already in base is not new.
    expect(run([...dirs(head, head, tenantFiles(acmeFree)), '--fail-on-findings']).code).toBe(0);
  });

  it('exits 1 with --fail-on-findings when a tenant is over budget in head, 0 without the flag', () => {
    const base = synthFolder({ 'tenant-acme': { json: quiet } });
    const head = synthFolder({ 'tenant-acme': { json: quiet, cost: costJson('acme', [{ address: 'aws_eks_cluster.c', type: 'aws_eks_cluster', monthlyCost: 146 }]) } });
    const args = dirs(base, head, tenantFiles(acmeFree));
    expect(run(['--fail-on-findings', ...args]).code).toBe(1);
    const { code, stdout } = run(args);
    expect(code).toBe(0);
    expect(stdout).toContain('| `tenant-acme` | unchanged | +0 ~0 -0 | 1.00† → 146.00 (+145.00) | **over** 116.8% of 125.00 (free) |');
  });

  it('exits 2 naming a missing --base folder and the fix', () => {
    const head = synthFolder({ 'tenant-acme': { json: quiet } });
    const { code, stdout, stderr } = run(['--base', '/nonexistent/base.out', '--head', head]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(
      "tenants review: base folder '/nonexistent/base.out' does not exist; synthesize the base branch into it first (`tenants synth --out /nonexistent/base.out` or `cdktf synth --output /nonexistent/base.out`)\n",
    );
  });

  it('exits 2 without --base', () => {
    const { code, stderr } = run(['--head', 'x']);
    expect(code).toBe(2);
    expect(stderr).toBe('tenants review: --base <dir> is required: the folder the base branch was synthesized into; see tenants review --help\n');
  });

  it('exits 2 with one line naming a stack that is not JSON', () => {
    const base = synthFolder({ 'tenant-acme': { json: quiet } });
    const head = synthFolder({ 'tenant-acme': { json: quiet } });
    const file = path.join(head, 'stacks', 'tenant-acme', 'cdk.tf.json');
    fs.writeFileSync(file, '{"resource":');
    const { code, stderr } = run(['--base', base, '--head', head]);
    expect(code).toBe(2);
    expect(stderr).toMatch(new RegExp(`^tenants review: '${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}' is not valid JSON \\(.+\\); synthesize that folder again\\n$`));
  });

  it('exits 2 when a --tenants-dir given does not exist', () => {
    const folder = synthFolder({ 'tenant-acme': { json: quiet } });
    const { code, stderr } = run(dirs(folder, folder, '/nonexistent/tenants'));
    expect(code).toBe(2);
    expect(stderr).toBe("tenants review: tenant folder '/nonexistent/tenants' does not exist; pass the pull request's tenant folder with --tenants-dir\n");
  });

  it('reads cdktf.out by default and runs without tenant files when ./tenants is missing', () => {
    const base = synthFolder({ 'tenant-acme': { json: quiet } });
    const project = synthFolder({});
    fs.cpSync(synthFolder({ 'tenant-acme': { json: failing } }), path.join(project, 'cdktf.out'), { recursive: true });
    const cwd = process.cwd();
    process.chdir(project);
    try {
      const { code, stdout } = run(['--base', base, '--format', 'json']);
      expect(code).toBe(0);
      const report = ReviewReportSchema.parse(JSON.parse(stdout));
      expect(report.head).toBe('cdktf.out');
      expect(report.summary.findings.newErrors).toBe(1);
      expect(report.notes[0]).toMatch(/^No tenant files \(tenants\)/);
    } finally {
      process.chdir(cwd);
    }
  });

  it('exits 1 with --fail-on-findings when a head plan replaces a database, naming the forcing attribute', () => {
    const base = synthFolder({ 'tenant-acme': { json: quiet } });
    const head = synthFolder({ 'tenant-acme': { json: quiet } });
    const plans = plansFolder({
      'tenant-acme': planJson([{ address: 'aws_db_instance.db', actions: ['delete', 'create'], replace_paths: [['engine']], action_reason: 'replace_because_cannot_update' }]),
    });
    const args = [...dirs(base, head, tenantFiles(acmeFree)), '--head-plans', plans];
    const failed = run([...args, '--fail-on-findings']);
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain('| `tenant-acme` | `aws_db_instance.db` | database | **replace** | forced by `engine`; cannot be updated in place; destroyed first |');
    expect(run(args).code).toBe(0);
    const json = ReviewReportSchema.parse(JSON.parse(run([...args, '--format', 'json']).stdout));
    expect(json.blockers.map((b) => [b.address, b.replacePaths])).toEqual([['aws_db_instance.db', ['engine']]]);
  });

  it('exits 2 naming a plans folder that does not exist, or a plan that is not one', () => {
    const head = synthFolder({ 'tenant-acme': { json: quiet } });
    const missing = run(['--base', head, '--head', head, '--head-plans', '/nonexistent/plans']);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe(
      "tenants review: head plans folder '/nonexistent/plans' does not exist; write `terraform show -json` of each stack's plan there as <stack>.plan.json (or put each beside its cdk.tf.json as plan.json)\n",
    );
    const plans = plansFolder({ 'tenant-acme': { resource: {} } });
    const broken = run(['--base', head, '--head', head, '--head-plans', plans]);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toMatch(/^tenants review: .*tenant-acme\.plan\.json: not a plan: no "resource_changes" list; write it with `terraform plan -out=tfplan && terraform show -json tfplan > <file>`\n$/);
  });

  it('prints its usage with --help and refuses unknown options with exit 2', () => {
    expect(run(['--help'])).toEqual({ code: 0, stdout: REVIEW_USAGE, stderr: '' });
    expect(run(['--base', 'x', '--out', 'y'])).toEqual({ code: 2, stdout: '', stderr: "tenants review: unknown option '--out'; see tenants review --help\n" });
    expect(run(['--base', 'x', '--format', 'sarif']).stderr).toBe('tenants review: --format \'sarif\' is not one of: markdown, json\n');
  });

  it('is a registered tenants command', async () => {
    let out = '';
    expect(await main(['review', '--help'], { stdout: (s) => (out += s), stderr: () => undefined })).toBe(0);
    expect(out).toBe(REVIEW_USAGE);
    let usage = '';
    await main(['help'], { stdout: (s) => (usage += s), stderr: () => undefined });
    expect(usage).toMatch(/^ {2}review {2,}compare two synths for a pull-request comment/m);
  });
});
