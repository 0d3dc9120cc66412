import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { REPO_ROOT } from '../util';

// The published package: `npm pack` (which builds with tsc into dist/), unpacked where another cdktf app would
// install it, imported by its name, and used to synthesize a tenant.
describe('the built package', () => {
  const repo = REPO_ROOT;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tt-package-'));
  afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

  it('imports by name and synthesizes a tenant stack', () => {
    const tarball = execFileSync('npm', ['pack', '--silent', '--pack-destination', work], { cwd: repo, encoding: 'utf8' })
      .trim()
      .split('\n')
      .pop()!;
    const installed = path.join(work, 'node_modules', 'tenant-templates');
    fs.mkdirSync(installed, { recursive: true });
    execFileSync('tar', ['xzf', path.join(work, tarball), '-C', installed, '--strip-components=1']);
    expect(fs.existsSync(path.join(installed, 'dist', 'lib', 'index.d.ts'))).toBe(true);
    expect(fs.existsSync(path.join(installed, 'test'))).toBe(false);

    fs.writeFileSync(
      path.join(work, 'app.js'),
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
    // Peer dependencies (cdktf, constructs, providers) come from this repository's node_modules.
    execFileSync('node', ['app.js'], { cwd: work, env: { ...process.env, NODE_PATH: path.join(repo, 'node_modules') } });
    const stack = JSON.parse(fs.readFileSync(path.join(work, 'out', 'stacks', 'tenant-lib-user', 'cdk.tf.json'), 'utf8'));
    expect(Object.keys(stack.resource)).toEqual(expect.arrayContaining(['aws_eks_cluster', 'aws_db_instance', 'aws_s3_bucket']));
    expect(stack.provider.aws[0].region).toBe('eu-west-1');
  }, 120_000);
});
