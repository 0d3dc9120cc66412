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

describe('tenants check on a synth folder: every stack with its own packs', () => {
  const tenantYaml = (id: string, compliance: string, extra = '') => `id: ${id}\ntier: premium\ncloud: aws\nregion: eu-west-1\ncompliance: [${compliance}]\n${extra}`;
  // A key without rotation: a finding in every pack that runs key-rotation.
  const key = { resource: { aws_kms_key: { k: {} } } };
  const pool = (tenants: string[]) => ({ ...key, output: { tenants: { value: tenants } } });

  function fleet() {
    write('tenants/acme.yaml', tenantYaml('acme', 'hipaa'));
    write('tenants/globex.yaml', tenantYaml('globex', 'soc2', 'suppressions:\n  - rule: aws-kms-key-rotation\n    reason: key rotated by an external HSM process\n'));
    write('tenants/plain.yaml', tenantYaml('plain', ''));
    write('out/stacks/tenant-acme/cdk.tf.json', key);
    write('out/stacks/tenant-acme-workloads/cdk.tf.json', key);
    write('out/stacks/tenant-globex/cdk.tf.json', key);
    write('out/stacks/tenant-plain/cdk.tf.json', key);
    write('out/stacks/pool-aws-eu-west-1/cdk.tf.json', pool(['globex', 'plain']));
    write('out/stacks/pool-aws-eu-west-1-workloads/cdk.tf.json', pool(['globex', 'plain']));
    return ['--tenants-dir', path.join(dir, 'tenants'), '--out', path.join(dir, 'out')];
  }
  const packsByStack = (stdout: string) =>
    Object.fromEntries(JSON.parse(stdout).reports.map((r: { target: string; packs: string[] }) => [r.target, r.packs]));

  it('checks pools with the strictest packs of their tenants, workloads stacks with their tenant’s', async () => {
    const r = await check([...fleet(), '--format', 'json']);
    expect(packsByStack(r.stdout)).toEqual({
      'pool-aws-eu-west-1': ['baseline', 'soc2'],
      'pool-aws-eu-west-1-workloads': ['baseline', 'soc2'],
      'tenant-acme': ['baseline', 'hipaa'],
      'tenant-acme-workloads': ['baseline', 'hipaa'],
      'tenant-globex': ['baseline', 'soc2'],
      'tenant-plain': ['baseline'],
    });
    expect(r.code).toBe(1);
  });

  it('applies each tenant’s suppressions to its own stacks only', async () => {
    const reports = JSON.parse((await check([...fleet(), '--format', 'json'])).stdout).reports;
    const rotation = (target: string) => reports.find((x: { target: string }) => x.target === target).findings.find((f: { ruleId: string }) => f.ruleId === 'aws-kms-key-rotation');
    expect(rotation('tenant-globex').suppressed.reason).toMatch(/HSM/);
    expect(rotation('pool-aws-eu-west-1').suppressed).toBeUndefined();
  });

  it('checks the same folder given as a file, and one SARIF log covers every stack', async () => {
    const args = fleet();
    const r = await check([path.join(dir, 'out'), '--tenants-dir', path.join(dir, 'tenants'), '--format', 'sarif']);
    const names = JSON.parse(r.stdout).runs[0].results.map((x: { locations: { logicalLocations: { fullyQualifiedName: string }[] }[] }) => x.locations[0].logicalLocations[0].fullyQualifiedName.split('/')[0]);
    expect(new Set(names)).toEqual(new Set(['pool-aws-eu-west-1', 'pool-aws-eu-west-1-workloads', 'tenant-acme', 'tenant-acme-workloads', 'tenant-globex', 'tenant-plain']));
    expect(JSON.parse((await check([...args, '--format', 'sarif'])).stdout).runs).toHaveLength(1);
  });

  it('with --tenant, checks that tenant’s stacks and the pools serving it', async () => {
    const r = await check([...fleet(), '--tenant', 'plain', '--format', 'json']);
    expect(Object.keys(packsByStack(r.stdout))).toEqual(['pool-aws-eu-west-1', 'pool-aws-eu-west-1-workloads', 'tenant-plain']);
  });

  it('says when a stack’s tenant has no tenant file, and checks it with the baseline', async () => {
    const args = fleet();
    write('out/stacks/tenant-ghost/cdk.tf.json', key);
    const r = await check([...args, '--format', 'json']);
    expect(r.stderr).toMatch(/note: no tenant file for 'ghost' \(stack tenant-ghost\): checked with the baseline only/);
    expect(packsByStack(r.stdout)['tenant-ghost']).toEqual(['baseline']);
  });

  it('runs the fleet’s required packs from tenants/_platform.yaml on every stack', async () => {
    const args = fleet();
    write('tenants/_platform.yaml', 'plugins: [./acme-plugin.js]\n');
    write(
      'tenants/acme-plugin.js',
      `const { definePlugin } = require(${JSON.stringify(path.join(__dirname, '../../../api'))});\n` +
        `const { definePack } = require(${JSON.stringify(path.join(__dirname, '../../../api/policy'))});\n` +
        `module.exports = definePlugin({ name: 'acme', packs: [definePack({ id: 'acme-std', name: 'ACME', source: 'ACME-1', thresholds: {}, categories: { 'key-rotation': { level: 'warning', controls: ['K1'] } } })], requiredPacks: ['acme-std'] });\n`,
    );
    const r = await check([...args, '--format', 'json']);
    expect(Object.values(packsByStack(r.stdout)).every((p) => (p as string[]).includes('acme-std'))).toBe(true);
  });
});

describe('tenants check: variables and undecided results', () => {
  const versioned = {
    variable: { bucket_name: {} },
    resource: {
      aws_s3_bucket: { b: { bucket: 'acme-data' } },
      aws_s3_bucket_versioning: { v: { bucket: '${var.bucket_name}', versioning_configuration: { status: 'Enabled' } } },
    },
  };

  it('exits 3 when an error-level rule cannot decide, and 0 with --allow-undecided', async () => {
    // PCI DSS makes key rotation an error; whether this key rotates depends on a variable without a value.
    const file = write('mod/main.tf.json', { variable: { rotate: { type: 'bool' } }, resource: { aws_kms_key: { k: { enable_key_rotation: '${var.rotate}' } } } });
    const r = await check([file, '--pack', 'pci-dss']);
    expect(r.code).toBe(3);
    expect(r.stdout).toMatch(/undecided \(error\)\s+aws-kms-key-rotation\s+aws_kms_key\.k\s+cannot decide: enable_key_rotation is not known \(\$\{var\.rotate\}\)/);
    expect((await check([file, '--pack', 'pci-dss', '--allow-undecided'])).code).toBe(0);
    expect((await check([file, '--pack', 'pci-dss', '--var', 'rotate=true'])).code).toBe(0);
    expect((await check([file, '--pack', 'pci-dss', '--var', 'rotate=false'])).code).toBe(1);
  });

  it('reports an error-level undecided result beside error findings, exiting 1', async () => {
    const r = await check([write('mod/main.tf.json', versioned)]);
    expect(r.code).toBe(1);
    expect(r.stdout).toMatch(/undecided \(error\)\s+aws-s3-bucket-versioning\s+aws_s3_bucket\.b\s+cannot decide: /);
  });

  it('decides with --var, --var-file, or the folder’s terraform.tfvars', async () => {
    const file = write('mod/main.tf.json', versioned);
    const decided = async (argv: string[]) => JSON.parse((await check([...argv, '--format', 'json'])).stdout).reports[0].summary.undecided;
    expect(await decided([file, '--var', 'bucket_name=acme-data'])).toBe(0);
    write('vars/prod.tfvars', 'bucket_name = "acme-data"\n');
    expect(await decided([file, '--var-file', path.join(dir, 'vars/prod.tfvars')])).toBe(0);
    write('mod/terraform.tfvars.json', { bucket_name: 'acme-data' });
    expect(await decided([path.join(dir, 'mod')])).toBe(0);
    // --var wins over the folder's files, as in Terraform: another bucket's name leaves acme-data without versioning.
    const r = await check([path.join(dir, 'mod'), '--var', 'bucket_name=other', '--format', 'json']);
    expect(JSON.parse(r.stdout).reports[0].findings.find((f: { ruleId: string }) => f.ruleId === 'aws-s3-bucket-versioning')).toMatchObject({ status: 'fail' });
  });

  it('keeps a --var value whole (no comma splitting) and exits 2 naming a bad variables file', async () => {
    const file = write('mod/main.tf.json', { variable: { tags: { type: 'map(string)' } }, resource: { aws_vpc: { v: { tags: '${var.tags}' } } } });
    expect((await check([file, '--var', 'tags={a = "1", b = "2"}'])).code).toBe(0);
    write('vars/bad.tfvars', 'bucket_name = var.x\n');
    const r = await check([file, '--var-file', path.join(dir, 'vars/bad.tfvars')]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/bad\.tfvars:1: 'var' is not a constant/);
    expect((await check([file, '--var', 'novalue'])).stderr).toMatch(/--var 'novalue': expected name=value/);
  });
});
