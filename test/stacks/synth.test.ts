import { spawn, spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { SYNTH_MARKER_FILE, isSynthOutput, stagingDir } from '../../lib/synth-layout';
import { SYNTH_EXIT, synthTenants } from '../../stacks/synth';
import { FLEET_SETTINGS_YAML, REPO_ROOT, scratchDir } from '../util';

const tenant = (id: string, tier = 'premium') => `id: ${id}\ntier: ${tier}\ncloud: aws\nregion: us-east-1\n`;

function synthIn(files: Record<string, string>, only?: string[]) {
  const dir = scratchDir(files);
  const outdir = path.join(dir, 'cdktf.out');
  const errors: string[] = [];
  const code = synthTenants({ tenantsDir: path.join(dir, 'tenants'), outdir, only, stderr: (t) => errors.push(t), stdout: () => undefined });
  return { dir, outdir, code, errors: errors.join('') };
}

describe('synthTenants', () => {
  it('writes one stack per tenant, named tenant-<id>', () => {
    const { dir, outdir, code } = synthIn({ 'tenants/acme.yaml': tenant('acme'), 'tenants/beta.yaml': tenant('beta') });
    expect(code).toBe(0);
    expect(fs.readdirSync(path.join(outdir, 'stacks')).sort()).toEqual(['tenant-acme', 'tenant-acme-workloads', 'tenant-beta', 'tenant-beta-workloads']);
    expect(fs.existsSync(path.join(outdir, 'stacks', 'tenant-acme', 'cdk.tf.json'))).toBe(true);
    fs.rmSync(dir, { recursive: true });
  });

  it('synthesizes only the selected tenants', () => {
    const { dir, outdir, code } = synthIn({ 'tenants/acme.yaml': tenant('acme'), 'tenants/beta.yaml': tenant('beta') }, ['beta']);
    expect(code).toBe(0);
    expect(fs.readdirSync(path.join(outdir, 'stacks'))).toEqual(['tenant-beta', 'tenant-beta-workloads']);
    fs.rmSync(dir, { recursive: true });
  });

  it('fails with exit code 1, a message and no output on bad input', () => {
    const { dir, outdir, code, errors } = synthIn({ 'tenants/acme.yaml': tenant('acme'), 'tenants/beta.yaml': tenant('beta', 'gold') });
    expect(code).toBe(1);
    expect(errors).toMatch(/^error: tenant 'beta' \(.*beta\.yaml:2\): unknown tier 'gold'/);
    expect(errors).not.toMatch(/\n\s+at /); // no stack trace
    expect(fs.existsSync(outdir)).toBe(false);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith('cdktf.out'))).toEqual([]);
    fs.rmSync(dir, { recursive: true });
  });

  it('leaves the previous output untouched when a synth fails', () => {
    const dir = scratchDir({ 'tenants/acme.yaml': tenant('acme') });
    const outdir = path.join(dir, 'cdktf.out');
    const quiet = { stdout: () => undefined, stderr: () => undefined };
    expect(synthTenants({ tenantsDir: path.join(dir, 'tenants'), outdir, ...quiet })).toBe(0);
    const before = fs.readFileSync(path.join(outdir, 'stacks', 'tenant-acme', 'cdk.tf.json'), 'utf8');
    fs.writeFileSync(path.join(dir, 'tenants', 'acme.yaml'), 'id: acme\ntier: [\n');
    expect(synthTenants({ tenantsDir: path.join(dir, 'tenants'), outdir, ...quiet })).toBe(1);
    expect(fs.readFileSync(path.join(outdir, 'stacks', 'tenant-acme', 'cdk.tf.json'), 'utf8')).toBe(before);
    fs.rmSync(dir, { recursive: true });
  });

  it('puts pooled tenants in a pool stack per cloud and region, each with its own slice stack', () => {
    const { dir, outdir, code, errors } = synthIn({ 'tenants/acme.yaml': tenant('acme', 'standard'), 'tenants/beta.yaml': tenant('beta', 'free') });
    expect(errors).toBe('');
    expect(code).toBe(0);
    expect(fs.readdirSync(path.join(outdir, 'stacks')).sort()).toEqual(['pool-aws-us-east-1', 'pool-aws-us-east-1-workloads', 'tenant-acme', 'tenant-beta']);
    fs.rmSync(dir, { recursive: true });
  });

  it('builds the pool of a selected pooled tenant from every tenant in it', () => {
    const { dir, outdir, code } = synthIn({ 'tenants/acme.yaml': tenant('acme', 'standard'), 'tenants/beta.yaml': tenant('beta', 'free') }, ['beta']);
    expect(code).toBe(0);
    expect(fs.readdirSync(path.join(outdir, 'stacks')).sort()).toEqual(['pool-aws-us-east-1', 'pool-aws-us-east-1-workloads', 'tenant-beta']);
    const allocation = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'pool-aws-us-east-1', 'allocation.json'), 'utf8'));
    expect(allocation.tenants.map((t: { tenantId: string }) => t.tenantId)).toEqual(['acme', 'beta']);
    fs.rmSync(dir, { recursive: true });
  });
});

describe('pooled tenants on Azure and GCP', () => {
  it('need the deployer of their cloud, which signs in to the pool servers: one line each, naming the settings file', () => {
    const { dir, code, errors } = synthIn({
      'tenants/acme.yaml': 'id: acme\ntier: standard\ncloud: gcp\nregion: europe-west1\n',
      'tenants/beta.yaml': 'id: beta\ntier: standard\ncloud: azure\nregion: westeurope\n',
    });
    expect(code).toBe(1);
    expect(errors).toMatch(/platform settings \(.*_platform.yaml\): deployer.azure is required by pool 'pool-azure-westeurope'.*set deployer.azure.objectId, name and type/);
    expect(errors).toMatch(/deployer.gcp is required by pool 'pool-gcp-europe-west1'.*set deployer.gcp.serviceAccount/);
    expect(errors).not.toMatch(/\n\s+at /);
    fs.rmSync(dir, { recursive: true });
  });

  it('get a pool per cloud and region and a slice each, like AWS', () => {
    const { dir, outdir, code } = synthIn({
      'tenants/acme.yaml': 'id: acme\ntier: standard\ncloud: gcp\nregion: europe-west1\n',
      'tenants/beta.yaml': 'id: beta\ntier: standard\ncloud: azure\nregion: westeurope\n',
      'tenants/_platform.yaml': FLEET_SETTINGS_YAML,
    });
    expect(code).toBe(0);
    expect(fs.readdirSync(path.join(outdir, 'stacks')).sort()).toEqual(['pool-azure-westeurope', 'pool-azure-westeurope-workloads', 'pool-gcp-europe-west1', 'tenant-acme', 'tenant-beta']);
    fs.rmSync(dir, { recursive: true });
  });
});

describe('the fleet lock file (tenants/_fleet.lock.json)', () => {
  const free = (id: string) => `id: ${id}\ntier: free\ncloud: aws\nregion: us-east-1\n`;
  const settings = 'pools:\n  maxTenants: 2\n';

  it('is written by a synth, keeps placed tenants where they are, and is refused when stale with --frozen', () => {
    const dir = scratchDir({ 'tenants/_platform.yaml': settings, 'tenants/ta.yaml': free('ta'), 'tenants/tb.yaml': free('tb'), 'tenants/tc.yaml': free('tc') });
    const tenants = path.join(dir, 'tenants');
    const out: string[] = [];
    const run = (frozen = false, errors: string[] = []) =>
      synthTenants({ tenantsDir: tenants, outdir: path.join(dir, 'out'), frozen, stdout: (t) => out.push(t), stderr: (t) => errors.push(t) });
    expect(run()).toBe(0);
    const lock = () => JSON.parse(fs.readFileSync(path.join(tenants, '_fleet.lock.json'), 'utf8')).pools;
    expect(lock()).toEqual({
      'pool-aws-us-east-1': { cloud: 'aws', region: 'us-east-1', shard: 1, tenants: ['ta', 'tb'] },
      'pool-aws-us-east-1-2': { cloud: 'aws', region: 'us-east-1', shard: 2, tenants: ['tc'] },
    });
    expect(out.join('')).toContain('fleet lock: tc placed on pool-aws-us-east-1-2');

    // A new tenant that sorts first does not push anyone out of their pool.
    fs.writeFileSync(path.join(tenants, 'aa.yaml'), free('aa'));
    const errors: string[] = [];
    const before = fs.readFileSync(path.join(tenants, '_fleet.lock.json'), 'utf8');
    expect(run(true, errors)).toBe(1);
    expect(errors.join('')).toMatch(/_fleet\.lock\.json is out of date \(aa placed on pool-aws-us-east-1-2\); run `tenants synth` without --frozen and commit the lock file/);
    expect(fs.readFileSync(path.join(tenants, '_fleet.lock.json'), 'utf8')).toBe(before);
    expect(run()).toBe(0);
    expect(lock()['pool-aws-us-east-1'].tenants).toEqual(['ta', 'tb']);
    expect(lock()['pool-aws-us-east-1-2'].tenants).toEqual(['aa', 'tc']);
    expect(run(true)).toBe(0);
    fs.rmSync(dir, { recursive: true });
  });

  it('synthesizes one pooled tenant with its pool exactly as the whole fleet does, reading only its pool', () => {
    const dir = scratchDir({ 'tenants/_platform.yaml': settings, 'tenants/ta.yaml': free('ta'), 'tenants/tb.yaml': free('tb'), 'tenants/tc.yaml': free('tc') });
    const tenants = path.join(dir, 'tenants');
    const synth = (outdir: string, only?: string[]) =>
      synthTenants({ tenantsDir: tenants, outdir: path.join(dir, outdir), only, stdout: () => undefined, stderr: () => undefined });
    expect(synth('all')).toBe(0);
    // A broken file of another pool does not stop a synth of tc: only tc's pool is read (validate reads them all).
    fs.writeFileSync(path.join(tenants, 'ta.yaml'), 'id: ta\ntier: gold\n');
    expect(synth('one', ['tc'])).toBe(0);
    expect(fs.readdirSync(path.join(dir, 'one', 'stacks')).sort()).toEqual(['pool-aws-us-east-1-2', 'pool-aws-us-east-1-2-workloads', 'tenant-tc']);
    for (const stack of ['pool-aws-us-east-1-2', 'pool-aws-us-east-1-2-workloads', 'tenant-tc']) {
      const file = (root: string) => fs.readFileSync(path.join(dir, root, 'stacks', stack, 'cdk.tf.json'), 'utf8').replace(/"path": "[^"]*tfstate"/g, '');
      expect(file('one')).toBe(file('all'));
    }
    fs.rmSync(dir, { recursive: true });
  });
});

describe('adding, removing or re-tiering one tenant', () => {
  const tenant = (id: string, tier: string, region = 'us-east-1') => `id: ${id}\ntier: ${tier}\ncloud: aws\nregion: ${region}\n`;

  /** The stacks whose Terraform JSON differs between two synth folders (added and removed ones included). */
  function changedStacks(a: string, b: string): string[] {
    const names = new Set([...fs.readdirSync(path.join(a, 'stacks')), ...fs.readdirSync(path.join(b, 'stacks'))]);
    const text = (root: string, name: string) => {
      const file = path.join(root, 'stacks', name, 'cdk.tf.json');
      return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').replace(/"path": "[^"]*tfstate"/g, '') : undefined;
    };
    return [...names].filter((n) => text(a, n) !== text(b, n)).sort();
  }

  it('changes only its own stacks, its pool and the lock file', () => {
    const dir = scratchDir({
      'tenants/_platform.yaml': 'pools:\n  maxTenants: 3\n',
      'tenants/pa.yaml': tenant('pa', 'standard'),
      'tenants/pb.yaml': tenant('pb', 'standard'),
      'tenants/pc.yaml': tenant('pc', 'standard'),
      'tenants/pd.yaml': tenant('pd', 'standard'),
      'tenants/pe.yaml': tenant('pe', 'free', 'eu-west-1'),
      'tenants/sa.yaml': tenant('sa', 'premium'),
    });
    const tenants = path.join(dir, 'tenants');
    let n = 0;
    const synth = () => {
      const out = path.join(dir, `out${n++}`);
      expect(synthTenants({ tenantsDir: tenants, outdir: out, stdout: () => undefined, stderr: () => undefined })).toBe(0);
      return out;
    };
    const first = synth();
    // pa, pb, pc fill the first pool; pd starts the second.
    fs.writeFileSync(path.join(tenants, 'pf.yaml'), tenant('pf', 'standard'));
    const added = synth();
    expect(changedStacks(first, added)).toEqual(['pool-aws-us-east-1-2', 'pool-aws-us-east-1-2-workloads', 'tenant-pf']);

    fs.writeFileSync(path.join(tenants, 'pb.yaml'), tenant('pb', 'free'));
    const retiered = synth();
    expect(changedStacks(added, retiered)).toEqual(['pool-aws-us-east-1', 'tenant-pb']);

    fs.rmSync(path.join(tenants, 'pc.yaml'));
    const removed = synth();
    expect(changedStacks(retiered, removed)).toEqual(['pool-aws-us-east-1', 'pool-aws-us-east-1-workloads', 'tenant-pc']);
    fs.rmSync(dir, { recursive: true });
  }, 120_000);
});

describe('the output folder', () => {
  const quiet = () => {
    const errors: string[] = [];
    return { errors, stdout: () => undefined, stderr: (t: string) => errors.push(t) };
  };

  it('is never replaced when it is not a synth output: one line, exit 2, every file kept', () => {
    const dir = scratchDir({ 'tenants/acme.yaml': tenant('acme'), 'work/notes.md': 'mine', 'work/src/app.ts': 'code' });
    const io = quiet();
    expect(synthTenants({ tenantsDir: path.join(dir, 'tenants'), outdir: path.join(dir, 'work'), ...io })).toBe(SYNTH_EXIT.unusableOutdir);
    expect(io.errors.join('')).toMatch(/^error: the output folder '.*work' is not a synth output \(no tenant-templates\.json, and it holds other files\), so synth will not replace it; choose a new or empty folder, or delete it yourself\n$/);
    expect(fs.readFileSync(path.join(dir, 'work/notes.md'), 'utf8')).toBe('mine');
    expect(fs.readFileSync(path.join(dir, 'work/src/app.ts'), 'utf8')).toBe('code');
    expect(fs.readdirSync(dir).sort()).toEqual(['tenants', 'work']);
    fs.rmSync(dir, { recursive: true });
  });

  it('refuses the tenants folder itself, and a folder holding it', () => {
    const dir = scratchDir({ 'tenants/acme.yaml': tenant('acme') });
    for (const outdir of [path.join(dir, 'tenants'), dir]) {
      const io = quiet();
      expect(synthTenants({ tenantsDir: path.join(dir, 'tenants'), outdir, ...io })).toBe(SYNTH_EXIT.unusableOutdir);
      expect(io.errors.join('')).toMatch(/holds the tenant files .*; choose another output folder\n$/);
    }
    expect(fs.readFileSync(path.join(dir, 'tenants/acme.yaml'), 'utf8')).toBe(tenant('acme'));
    fs.rmSync(dir, { recursive: true });
  });

  it('replaces a previous synth output, an empty folder, and a synth folder of an older version (a manifest and stacks only)', () => {
    const dir = scratchDir({ 'tenants/acme.yaml': tenant('acme') });
    const tenantsDir = path.join(dir, 'tenants');
    const outdir = path.join(dir, 'cdktf.out');
    fs.mkdirSync(outdir);
    expect(synthTenants({ tenantsDir, outdir, ...quiet() })).toBe(0); // empty
    expect(fs.existsSync(path.join(outdir, SYNTH_MARKER_FILE))).toBe(true);
    expect(synthTenants({ tenantsDir, outdir, ...quiet() })).toBe(0); // marked
    fs.rmSync(path.join(outdir, SYNTH_MARKER_FILE));
    expect(isSynthOutput(outdir)).toBe(true); // manifest.json and stacks/ only
    expect(synthTenants({ tenantsDir, outdir, ...quiet() })).toBe(0);
    fs.writeFileSync(path.join(outdir, 'notes.md'), 'mine');
    fs.rmSync(path.join(outdir, SYNTH_MARKER_FILE));
    expect(isSynthOutput(outdir)).toBe(false); // an unmarked folder with a file of its own
    fs.rmSync(dir, { recursive: true });
  });

  it('says when the folder that would hold it does not exist', () => {
    const dir = scratchDir({ 'tenants/acme.yaml': tenant('acme') });
    const io = quiet();
    expect(synthTenants({ tenantsDir: path.join(dir, 'tenants'), outdir: path.join(dir, 'no', 'out'), ...io })).toBe(SYNTH_EXIT.unusableOutdir);
    expect(io.errors.join('')).toMatch(/^error: the folder '.*no' that would hold the output folder '.*out' does not exist; create it or choose another output folder\n$/);
    expect(fs.existsSync(path.join(dir, 'no'))).toBe(false);
    fs.rmSync(dir, { recursive: true });
  });

  it('removes staging folders of processes that no longer run, and leaves those of running ones', () => {
    const dir = scratchDir({ 'tenants/acme.yaml': tenant('acme') });
    const outdir = path.join(dir, 'cdktf.out');
    const dead = spawnSync(process.execPath, ['-e', '']).pid!;
    const running = process.ppid;
    fs.mkdirSync(stagingDir(outdir, dead));
    fs.writeFileSync(path.join(stagingDir(outdir, dead), 'half.json'), '{');
    fs.mkdirSync(stagingDir(outdir, running));
    expect(synthTenants({ tenantsDir: path.join(dir, 'tenants'), outdir, ...quiet() })).toBe(0);
    expect(fs.existsSync(stagingDir(outdir, dead))).toBe(false);
    expect(fs.existsSync(stagingDir(outdir, running))).toBe(true);
    fs.rmSync(dir, { recursive: true });
  });
});

describe('an interrupted synth', () => {
  /** A fleet that takes some seconds to synthesize, so the signal arrives mid-synth. */
  const fleet = Object.fromEntries(['a', 'b', 'c', 'd', 'e', 'f'].map((x) => [`tenants/t${x}.yaml`, tenant(`t${x}`)]));

  async function interrupt(args: string[], env: Record<string, string>, signal: NodeJS.Signals, outdir: string) {
    const child = spawn(process.execPath, ['-r', './scripts/register.js', ...args], { cwd: REPO_ROOT, env: { ...process.env, ...env } });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) => child.on('exit', (code, sig) => resolve({ code, signal: sig })));
    const staging = stagingDir(outdir, child.pid!);
    while (!fs.existsSync(staging)) await new Promise((r) => setTimeout(r, 20));
    child.kill(signal);
    const result = await exited;
    return { ...result, stderr, staging };
  }

  it.each([
    ['tenants synth', 'SIGINT' as const],
    ['tenants synth --workers 2', 'SIGTERM' as const],
    ['cdktf synth (main.ts)', 'SIGTERM' as const],
  ])('(%s, %s) removes its staging folder and leaves the previous output as it was', async (entry, signal) => {
    const dir = scratchDir({ ...fleet, 'cdktf.out/tenant-templates.json': '{}\n', 'cdktf.out/stacks/tenant-old/cdk.tf.json': '{"old": true}\n' });
    const outdir = path.join(dir, 'cdktf.out');
    const tenantsDir = path.join(dir, 'tenants');
    const cli = ['commands/cli/bin.ts', 'synth', '--tenants-dir', tenantsDir, '--out', outdir];
    const run =
      entry === 'tenants synth'
        ? interrupt(cli, {}, signal, outdir)
        : entry === 'tenants synth --workers 2'
          ? interrupt([...cli, '--workers', '2'], {}, signal, outdir)
          : interrupt(['main.ts'], { TENANTS_DIR: tenantsDir, CDKTF_OUTDIR: outdir }, signal, outdir);
    const { signal: ended, stderr, staging } = await run;
    expect(fs.readdirSync(dir).filter((f) => f.includes('.staging-'))).toEqual([]); // the workers' folders too
    expect(ended).toBe(signal);
    expect(stderr).toContain(`interrupted by ${signal}: the output folder is unchanged and the staging folder removed`);
    expect(fs.existsSync(staging)).toBe(false);
    expect(fs.readdirSync(path.join(outdir, 'stacks'))).toEqual(['tenant-old']);
    expect(fs.readFileSync(path.join(outdir, 'stacks/tenant-old/cdk.tf.json'), 'utf8')).toBe('{"old": true}\n');
    fs.rmSync(dir, { recursive: true });
  }, 60_000);

  it('through CDKTF_OUTDIR refuses a folder that is not a synth output, as tenants synth does', () => {
    const dir = scratchDir({ 'tenants/acme.yaml': tenant('acme'), 'mine/notes.md': 'mine' });
    const result = spawnSync(process.execPath, ['-r', './scripts/register.js', 'main.ts'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      env: { ...process.env, TENANTS_DIR: path.join(dir, 'tenants'), CDKTF_OUTDIR: path.join(dir, 'mine') },
    });
    expect(result.status).toBe(SYNTH_EXIT.unusableOutdir);
    expect(result.stderr).toMatch(/^error: the output folder '.*mine' is not a synth output/);
    expect(fs.readdirSync(path.join(dir, 'mine'))).toEqual(['notes.md']);
    fs.rmSync(dir, { recursive: true });
  }, 60_000);
});
