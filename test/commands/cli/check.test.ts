import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCheck } from '../../../commands/cli/check';

const ref = (a: string) => `\${${a}}`;
const clean = { provider: { aws: [{ region: 'eu-west-1' }] }, resource: { aws_kms_key: { k: { enable_key_rotation: true } } } };
const failing = { resource: { aws_cloudwatch_log_group: { g: { retention_in_days: 3, kms_key_id: ref('aws_kms_key.k.arn') } } } };

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'check-'));
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

function write(rel: string, content: unknown): string {
  const file = path.join(dir, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
}

async function check(argv: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await runCheck(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) });
  return { code, stdout, stderr };
}

describe('tenants check', () => {
  it('exits 0 on a clean file', async () => {
    const r = await check([write('clean.tf.json', clean)]);
    expect(r).toMatchObject({ code: 0, stderr: '' });
    expect(r.stdout).toMatch(/0 error\(s\)/);
  });

  it('exits 1 when an error-level finding remains', async () => {
    const r = await check([write('bad.tf.json', failing)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/error\s+aws-cloudwatch-log-retention\s+aws_cloudwatch_log_group\.g/);
  });

  it('applies extra packs with --pack', async () => {
    const file = write('eu.tf.json', { ...clean, provider: { aws: [{ region: 'us-east-1' }] } });
    expect((await check([file])).code).toBe(0);
    const r = await check([file, '--pack', 'gdpr', '--format', 'json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).reports[0].findings[0]).toMatchObject({ ruleId: 'aws-data-residency', address: 'provider.aws' });
    expect((await check([file, '--pack=gdpr', '--transfer-basis', 'SCCs 2021/914'])).code).toBe(0);
  });

  it('checks a folder of *.tf.json as one module (cross-resource rules see every file)', async () => {
    write('mod/a.tf.json', { resource: { aws_vpc: { main: {} } } });
    write('mod/b.tf.json', { resource: { aws_flow_log: { f: { vpc_id: ref('aws_vpc.main.id') } } } });
    const r = await check([path.join(dir, 'mod'), '--pack', 'soc2', '--format', 'json']);
    expect(JSON.parse(r.stdout).reports[0].findings.map((f: { ruleId: string }) => f.ruleId)).not.toContain('aws-vpc-flow-logs');
  });

  it('reads `terraform show -json` plans', async () => {
    const plan = {
      format_version: '1.2',
      planned_values: { root_module: { resources: [{ address: 'aws_db_instance.db', mode: 'managed', type: 'aws_db_instance', name: 'db', values: { publicly_accessible: true } }] } },
    };
    const r = await check([write('plan.json', plan), '--format', 'sarif']);
    expect(r.code).toBe(1);
    const results = JSON.parse(r.stdout).runs[0].results;
    expect(results.find((x: { ruleId: string }) => x.ruleId === 'aws-rds-not-public').locations[0].physicalLocation.artifactLocation.uri).toMatch(/plan\.json$/);
  });

  it('renders markdown', async () => {
    const r = await check([write('bad.tf.json', failing), '--format', 'markdown']);
    expect(r.stdout).toMatch(/^# Policy check/);
  });

  it.each([
    [['missing.tf.json'], /missing\.tf\.json: no such file or folder/],
    [['--format', 'xml'], /^tenants check: --format 'xml' is not one of: table, json, sarif, markdown\n$/],
    [['--pack', 'fedramp'], /^tenants check: --pack 'fedramp' is not one of: baseline, /],
    [['--pack', 'soc2,fedramp'], /--pack 'fedramp' is not one of/],
    [['--bogus'], /^tenants check: unknown option '--bogus'; see tenants check --help\n$/],
    [['--tenant'], /^tenants check: --tenant needs a value; see tenants check --help\n$/],
  ])('exits 2 for unusable input %j', async (argv, message) => {
    const r = await check(argv.map((a) => (a.endsWith('.json') ? path.join(dir, a) : a)));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('exits 2 naming a file that is not JSON or not Terraform', async () => {
    const broken = write('broken.tf.json', '{ "resource": ');
    expect((await check([broken])).stderr).toMatch(/broken\.tf\.json: not valid JSON/);
    const other = write('package.json', { name: 'x' });
    const r = await check([other]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/package\.json: not Terraform JSON/);
  });

  describe('without files: the synthesized tenant stacks', () => {
    const tenantYaml = (id: string, extra = '') => `id: ${id}\ntier: premium\ncloud: aws\nregion: eu-west-1\ncompliance: [hipaa]\n${extra}`;

    it('checks cdktf.out/stacks/tenant-<id>/cdk.tf.json with each tenant’s packs and suppressions', async () => {
      write('tenants/acme.yaml', tenantYaml('acme'));
      write('tenants/globex.yaml', tenantYaml('globex', 'suppressions:\n  - rule: aws-kms-key-rotation\n    reason: key rotated by an external HSM process\n'));
      const key = { resource: { aws_kms_key: { k: {} } } };
      write('out/stacks/tenant-acme/cdk.tf.json', key);
      write('out/stacks/tenant-globex/cdk.tf.json', key);
      const args = ['--tenants-dir', path.join(dir, 'tenants'), '--out', path.join(dir, 'out'), '--format', 'json'];
      const all = await check(args);
      expect(all.code).toBe(1);
      const reports = JSON.parse(all.stdout).reports;
      expect(reports.map((r: { packs: string[] }) => r.packs)).toEqual([['baseline', 'hipaa'], ['baseline', 'hipaa']]);
      expect(reports[0].findings[0]).toMatchObject({ ruleId: 'aws-kms-key-rotation', level: 'error' });
      expect(reports[1].findings[0].suppressed.reason).toMatch(/HSM/);
      expect((await check([...args, '--tenant', 'globex'])).code).toBe(0);
    });

    it('exits 2 when a tenant stack has not been synthesized', async () => {
      write('tenants/acme.yaml', tenantYaml('acme'));
      const r = await check(['--tenants-dir', path.join(dir, 'tenants'), '--out', path.join(dir, 'out')]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/tenant-acme[/\\]cdk\.tf\.json: not found; run `cdktf synth` first/);
    });

    it('exits 2 for an unknown tenant', async () => {
      write('tenants/acme.yaml', tenantYaml('acme'));
      const r = await check(['--tenants-dir', path.join(dir, 'tenants'), '--tenant', 'nobody']);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/nobody/);
    });
  });
});
