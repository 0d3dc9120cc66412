import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { synthTenants } from '../../stacks/synth';
import { planStack, startMockSts, terraformAvailability } from './harness';

// Terraform itself checks every example AWS tenant: init, validate and plan offline against the provider mirror.
const availability = terraformAvailability();
const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'tt-synth-'));
const describeIfTerraform = availability.ok ? describe : describe.skip;
if (!availability.ok) console.warn(`terraform plan check SKIPPED: ${availability.reason}`);
const title = availability.ok
  ? 'terraform init/validate/plan of every example AWS tenant'
  : `terraform init/validate/plan of every example AWS tenant (SKIPPED: ${availability.reason})`;

function exampleAwsTenants(): string[] {
  return fs
    .readdirSync('tenants')
    .filter((f) => /\.ya?ml$/.test(f))
    .filter((f) => /^cloud:\s*aws\s*$/m.test(fs.readFileSync(path.join('tenants', f), 'utf8')))
    .map((f) => /^id:\s*(\S+)/m.exec(fs.readFileSync(path.join('tenants', f), 'utf8'))![1]);
}

describeIfTerraform(title, () => {
  let sts: Awaited<ReturnType<typeof startMockSts>>;
  const tenants = exampleAwsTenants();

  beforeAll(async () => {
    sts = await startMockSts();
    const code = synthTenants({ outdir, only: tenants, stdout: () => undefined });
    expect(code).toBe(0);
  });
  afterAll(async () => {
    await sts?.close();
    fs.rmSync(outdir, { recursive: true, force: true });
  });

  it('has AWS example tenants to check', () => {
    expect(tenants.length).toBeGreaterThanOrEqual(3);
  });

  it.each(tenants)('tenant-%s validates and plans to create every synthesized resource', async (id) => {
    if (!availability.ok) return;
    const result = await planStack(path.join(outdir, 'stacks', `tenant-${id}`), availability.mirror, sts.url);
    expect(result.validate.valid).toBe(true);
    expect(result.expected.length).toBeGreaterThan(50);
    expect([...result.created].sort()).toEqual([...result.expected].sort());
  }, 180_000);
});
