import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runCheck } from '../../commands/cli/check';
import { fleetOf } from '../../commands/cli/fleet';
import type { PolicyReport } from '../../lib/policy/finding';
import { checkDocument, stackSubject } from '../../lib/policy/synth';
import { poolTenantIds, stackIdentity, synthStackFiles } from '../../lib/synth-layout';
import { TerraformDocument, parseTerraform, readTerraformFile } from '../../lib/terraform-json';
import { synthTenants } from '../../stacks/synth';
import { PlanResult, planStack, plannableOffline, startMockSts, terraformAvailability } from './harness';

// Terraform itself checks every example AWS tenant and pool: init, validate and plan offline against the mirror.
const availability = terraformAvailability();
const describeIfTerraform = availability.ok ? describe : describe.skip;
if (!availability.ok) console.warn(`terraform plan check SKIPPED: ${availability.reason}`);
const title = availability.ok
  ? 'terraform init/validate/plan of every example AWS stack'
  : `terraform init/validate/plan of every example AWS stack (SKIPPED: ${availability.reason})`;

function exampleAwsTenants(): string[] {
  return fs
    .readdirSync('tenants')
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => fs.readFileSync(path.join('tenants', f), 'utf8'))
    .filter((text) => /^cloud:\s*aws\s*$/m.test(text))
    .map((text) => /^id:\s*(\S+)/m.exec(text)![1]);
}

/**
 * Synthesized stacks whose AWS part Terraform can plan with the local mirror: the tenants' platforms and the pool
 * (its PostgreSQL provisioner left out), not the stacks that read another stack's state.
 */
function plannableStacks(dir: string): string[] {
  return fs.readdirSync(path.join(dir, 'stacks')).filter((name) =>
    plannableOffline(JSON.parse(fs.readFileSync(path.join(dir, 'stacks', name, 'cdk.tf.json'), 'utf8'))),
  );
}

const tenants = exampleAwsTenants();
const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'tt-synth-'));
// Synthesized once, up front, so each stack gets its own test.
const synthCode = availability.ok ? synthTenants({ outdir, only: tenants, stdout: () => undefined, stderr: (t) => console.error(t) }) : 0;
const stacks = availability.ok && synthCode === 0 ? plannableStacks(outdir) : [];

/** Plans run at once: terraform is CPU-bound (the provider loads its schema for validate, plan and show), two use both cores. */
const PLAN_CONCURRENCY = 2;

describeIfTerraform(title, () => {
  let sts: Awaited<ReturnType<typeof startMockSts>>;
  // Every stack's plan starts in beforeAll, PLAN_CONCURRENCY at a time; each test awaits its own stack's result.
  const plans = new Map<string, Promise<PlanResult>>();
  beforeAll(async () => {
    sts = await startMockSts();
    const queue = [...stacks];
    const next = (): Promise<void> => {
      const name = queue.shift();
      if (name === undefined) return Promise.resolve();
      const plan = planStack(path.join(outdir, 'stacks', name), (availability as { mirror: string }).mirror, sts.url);
      plans.set(name, plan);
      return plan.then(next, next);
    };
    const workers = Array.from({ length: Math.min(PLAN_CONCURRENCY, queue.length) }, next);
    // The tests await the plans; this only keeps a failed plan from surfacing as an unhandled rejection first.
    void Promise.all(workers).catch(() => undefined);
  });
  afterAll(async () => {
    await sts?.close();
    fs.rmSync(outdir, { recursive: true, force: true });
  });

  it('synthesizes the example AWS tenants, siloed and pooled', () => {
    expect(synthCode).toBe(0);
    expect(stacks.filter((s) => s.startsWith('tenant-')).length).toBeGreaterThanOrEqual(3);
    expect(stacks.filter((s) => s.startsWith('pool-aws-')).length).toBeGreaterThanOrEqual(1);
  });

  it.each(stacks)('%s validates and plans to create every synthesized resource; its plan checks as its cdk.tf.json does', async (name) => {
    if (!availability.ok) return;
    while (!plans.has(name)) await new Promise((resolve) => setTimeout(resolve, 100));
    const result = await plans.get(name)!;
    expect(result.validate.valid).toBe(true);
    expect(result.expected.length).toBeGreaterThan(50);
    expect([...result.created].sort()).toEqual([...result.expected].sort());

    // Issue 15: `terraform show -json` of the plan reads as faithfully as the synthesized JSON, so the stack's own
    // packs find the same things in both (values known only after apply come from the plan's configuration).
    const synthesized = readTerraformFile(path.join(outdir, 'stacks', name, 'cdk.tf.json'));
    const planned = parseTerraform(result.plan, `${name}.plan.json`);
    expect(findingsOf(name, planned)).toEqual(findingsOf(name, synthesized));
    expect(findingsOf(name, planned).filter((f) => f.startsWith('aws-rds-force-ssl|') || f.startsWith('aws-s3-secure-transport|'))).toEqual([]);

    // And as a user runs it: `tenants check --tenant <id> plan.json` exits as the check of the cdk.tf.json does.
    const identity = stackIdentity(name, new Set(synthStackFiles(outdir).keys()));
    if (identity.kind !== 'tenant') return;
    const planFile = path.join(outdir, `${name}.plan.json`);
    fs.writeFileSync(planFile, JSON.stringify(result.plan));
    const cli = (file: string) => runCheck(['--tenant', identity.tenantId!, file, '--format', 'json'], { stdout: () => undefined, stderr: () => undefined });
    expect(cli(planFile)).toBe(cli(path.join(outdir, 'stacks', name, 'cdk.tf.json')));
  }, 180_000);
});

/** The findings of a stack's document under the stack's own subject: rule, address, status, level and message. */
function findingsOf(stack: string, doc: TerraformDocument): string[] {
  const names = new Set(synthStackFiles(outdir).keys());
  const tenantsById = new Map(fleetOf('tenants').tenants().map((t) => [t.spec.id, t]));
  const report: PolicyReport = checkDocument(doc, stackSubject(stack, stackIdentity(stack, names), tenantsById, poolTenantIds(doc.outputs)));
  return report.findings.map((f) => [f.ruleId, f.address, f.status, f.level, f.message, f.suppressed ? 'suppressed' : ''].join('|')).sort();
}
