import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO_ROOT } from '../util';

/**
 * The published package, used as a library user would: `npm pack` (which builds with tsc into dist/), unpacked
 * where another cdktf app installs it, and imported by its name and subpaths. Peer dependencies come from this
 * repository's node_modules, linked one by one, so a test can leave out the providers a single-cloud user does
 * not install.
 */
describe('the built package', () => {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tt-package-'));
  let tarball = '';
  let files: string[] = [];
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  beforeAll(() => {
    const name = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: REPO_ROOT, encoding: 'utf8' }).trim().split('\n').pop()!;
    tarball = path.join(work, name);
    files = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map((f) => f.replace(/^package\//, ''));
  }, 180_000);

  /** A scratch app folder with the package installed and the repository's node_modules linked, minus `without`. */
  function app(label: string, without: readonly string[] = []): string {
    const dir = path.join(work, label);
    const modules = path.join(dir, 'node_modules');
    const installed = path.join(modules, 'tenant-templates');
    fs.mkdirSync(installed, { recursive: true });
    execFileSync('tar', ['xzf', tarball, '-C', installed, '--strip-components=1']);
    const repoModules = path.join(REPO_ROOT, 'node_modules');
    for (const entry of fs.readdirSync(repoModules)) {
      if (entry.startsWith('.')) continue;
      if (entry.startsWith('@')) {
        fs.mkdirSync(path.join(modules, entry), { recursive: true });
        for (const scoped of fs.readdirSync(path.join(repoModules, entry))) {
          if (!without.includes(`${entry}/${scoped}`)) fs.symlinkSync(path.join(repoModules, entry, scoped), path.join(modules, entry, scoped));
        }
      } else if (!without.includes(entry)) {
        fs.symlinkSync(path.join(repoModules, entry), path.join(modules, entry));
      }
    }
    return dir;
  }

  const run = (dir: string, file: string) => execFileSync('node', [file], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });

  it('ships the built entry points, the licence, the docs the README links to, and no tests', () => {
    for (const entry of ['index', 'aws', 'azure', 'gcp', 'kubernetes', 'policy', 'cost', 'terraform-json', 'review', 'recommend']) {
      expect(files).toEqual(expect.arrayContaining([`dist/api/${entry}.js`, `dist/api/${entry}.d.ts`]));
    }
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'RULES.md', 'dist/commands/cli/bin.js', 'schema/tenant.schema.json']));
    expect(files.some((f) => f.startsWith('test/'))).toBe(false);
    const readme = fs.readFileSync(path.join(REPO_ROOT, 'README.md'), 'utf8');
    const links = [...readme.matchAll(/\]\(((?!https?:|#)[^)#]+)(?:#[^)]*)?\)/g)].map((m) => m[1]);
    expect(links.length).toBeGreaterThan(3);
    for (const link of links) expect(files.some((f) => f === link || f.startsWith(`${link.replace(/\/$/, '')}/`))).toBe(true);
  });

  it('synthesizes a siloed AWS tenant with only the providers an AWS user installs', () => {
    const dir = app('aws-only', ['@cdktf/provider-azurerm', '@cdktf/provider-google', '@cdktf/provider-google-beta']);
    fs.writeFileSync(
      path.join(dir, 'app.js'),
      `const { App } = require('cdktf');
const { TenantStack, tiers, TenantSchema, resolveTenant } = require('tenant-templates');
const spec = TenantSchema.parse({ id: 'lib-user', tier: 'premium', cloud: 'aws', region: 'eu-west-1' });
const resolved = resolveTenant(spec, tiers);
if (!resolved.ok) throw new Error('tenant did not resolve');
const app = new App({ outdir: 'out' });
new TenantStack(app, { tenant: resolved.tenant });
app.synth();
`,
    );
    run(dir, 'app.js');
    const stack = JSON.parse(fs.readFileSync(path.join(dir, 'out', 'stacks', 'tenant-lib-user', 'cdk.tf.json'), 'utf8'));
    expect(Object.keys(stack.resource)).toEqual(expect.arrayContaining(['aws_eks_cluster', 'aws_db_instance', 'aws_s3_bucket']));
    expect(stack.provider.aws[0].region).toBe('eu-west-1');
  }, 120_000);

  it('takes a custom tier, rule, pack and price override from a plugin, at synth and in tenants check', () => {
    const dir = app('plugin');
    fs.mkdirSync(path.join(dir, 'tenants'));
    fs.writeFileSync(
      path.join(dir, 'acme-plugin.js'),
      `const { definePlugin, defineTier, tiers } = require('tenant-templates');
const { defineRule, definePack, checkEach } = require('tenant-templates/policy');
// A rule of the platform team's own: EKS clusters carry the team's name prefix.
const clusterPrefix = defineRule({
  id: 'acme-eks-name-prefix',
  cloud: 'aws',
  description: 'EKS clusters are named acme-*',
  category: 'hardening',
  severity: 'error',
  fix: 'Give the tenant an id starting with acme-',
  check: (doc) => checkEach(doc, 'aws_eks_cluster', (c) => (String(c.values.name).startsWith('acme-') ? undefined : 'name ' + c.values.name + ' lacks the acme- prefix')),
});
const pack = definePack({
  id: 'acme-internal',
  name: 'ACME platform standard',
  source: 'ACME-STD-7',
  thresholds: {},
  categories: {},
  rules: { 'acme-eks-name-prefix': { level: 'error', controls: ['STD-7.1'] } },
});
module.exports = definePlugin({
  name: 'acme',
  tiers: [defineTier({ ...tiers.premium, name: 'startup', budget: { monthlyUsd: 2500 } })],
  rules: [clusterPrefix],
  packs: [pack],
  requiredPacks: ['acme-internal'],
  prices: { aws: { discountPercent: 50, source: 'ACME enterprise agreement 2026', effectiveDate: '2026-01-01' } },
});
`,
    );
    fs.writeFileSync(path.join(dir, 'tenants', '_platform.yaml'), 'plugins:\n  - ../acme-plugin.js\n');
    fs.writeFileSync(path.join(dir, 'tenants', 'acme-one.yaml'), 'id: acme-one\ntier: startup\ncloud: aws\nregion: us-east-1\n');
    fs.writeFileSync(
      path.join(dir, 'synth.js'),
      `const { synthTenants } = require('tenant-templates');
process.exitCode = synthTenants({ tenantsDir: 'tenants', outdir: 'out', stdout: () => {}, stderr: (t) => process.stderr.write(t) });
`,
    );
    run(dir, 'synth.js');
    const cost = JSON.parse(fs.readFileSync(path.join(dir, 'out', 'stacks', 'tenant-acme-one', 'cost.json'), 'utf8'));
    // The custom tier's budget, and half the list price from the plugin's discount.
    expect(cost.reports[0].budget.budgetUsd).toBe(2500);
    const listed = fs.readFileSync(path.join(dir, 'out', 'stacks', 'tenant-acme-one', 'cost.md'), 'utf8');
    expect(listed).toContain('acme-one');

    // The same fleet at list prices costs twice as much.
    fs.writeFileSync(path.join(dir, 'tenants', '_platform.yaml'), 'plugins: []\n');
    fs.writeFileSync(path.join(dir, 'tenants', 'acme-one.yaml'), 'id: acme-one\ntier: premium\ncloud: aws\nregion: us-east-1\n');
    run(dir, 'synth.js');
    const list = JSON.parse(fs.readFileSync(path.join(dir, 'out', 'stacks', 'tenant-acme-one', 'cost.json'), 'utf8'));
    expect(cost.monthlyCost).toBeCloseTo(list.monthlyCost / 2, 6);

    // A tenant whose cluster breaks the custom rule fails synth with the rule, the control and the fix.
    fs.writeFileSync(path.join(dir, 'tenants', '_platform.yaml'), 'plugins:\n  - ../acme-plugin.js\n');
    fs.writeFileSync(path.join(dir, 'tenants', 'other.yaml'), 'id: other\ntier: startup\ncloud: aws\nregion: us-east-1\n');
    let failure = '';
    try {
      run(dir, 'synth.js');
    } catch (e) {
      failure = String((e as { stderr?: string }).stderr);
    }
    expect(failure).toMatch(/policy acme-eks-name-prefix: .*name other lacks the acme- prefix \[ACME platform standard STD-7.1\]\. Fix: Give the tenant an id starting with acme-/);

    // tenants check runs the plugin's pack on a synthesized stack.
    fs.rmSync(path.join(dir, 'tenants', 'other.yaml'));
    run(dir, 'synth.js');
    const bin = path.join(dir, 'node_modules', 'tenant-templates', 'dist', 'commands', 'cli', 'bin.js');
    const checked = JSON.parse(execFileSync('node', [bin, 'check', '--format', 'json', '--out', 'out'], { cwd: dir, encoding: 'utf8' }));
    expect(checked.reports[0].packs).toEqual(['baseline', 'acme-internal']);
  }, 240_000);

  it('types its subpath entry points for TypeScript users (node16 resolution and the classic one)', () => {
    const dir = app('typescript');
    fs.writeFileSync(
      path.join(dir, 'consumer.ts'),
      `import { buildApp, definePlugin, type TenantTemplatesPlugin } from 'tenant-templates';
import { definePack, type Pack } from 'tenant-templates/policy';
import { withPriceOverrides, PRICE_CATALOGS } from 'tenant-templates/cost';
import { AwsPlatform } from 'tenant-templates/aws';
const pack: Pack = definePack({ id: 'x-pack', name: 'X', source: 'X', thresholds: {}, categories: {} });
const plugin: TenantTemplatesPlugin = definePlugin({ name: 'x', packs: [pack] });
export const used = [buildApp, plugin, withPriceOverrides(PRICE_CATALOGS, {}), AwsPlatform];
`,
    );
    const tsc = path.join(REPO_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const common = ['--noEmit', '--strict', '--skipLibCheck', '--target', 'es2022', '--types', 'node', 'consumer.ts'];
    execFileSync('node', [tsc, ...common, '--module', 'node16', '--moduleResolution', 'node16'], { cwd: dir, encoding: 'utf8' });
    execFileSync('node', [tsc, ...common, '--module', 'commonjs', '--moduleResolution', 'node'], { cwd: dir, encoding: 'utf8' });
  }, 120_000);
});
