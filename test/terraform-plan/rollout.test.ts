import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { runRolloutCommand } from '../../commands/cli/rollout';
import { readSynthFolder } from '../../commands/review/folder';
import { reviewSynths } from '../../commands/review/review';
import { RUN_FILES } from '../../commands/rollout/journal';
import { RolloutSummarySchema } from '../../commands/rollout/model';
import { stackDir } from '../../lib/synth-layout';
import { synthTenants } from '../../stacks/synth';
import { StackJson, awsPart, offlineEnv, startMockSts, terraformAvailability, writeOfflineOverride } from './harness';

// `tenants rollout` drives the real terraform, offline: it plans a pool and a siloed platform of the example AWS
// tenants in their folders of the synth (with the offline override: local state, mock credentials, the mirror), and
// the plans it writes are what `tenants review --head-plans` reads. The mirror holds only hashicorp/aws, so each
// stack's folder keeps its AWS part (the pool's PostgreSQL provisioner role needs cyrilgdn/postgresql), and variables
// without a default (on-call receiver URLs) get placeholders, as the plan harness does.
const availability = terraformAvailability();
const describeIfTerraform = availability.ok ? describe : describe.skip;
if (!availability.ok) console.warn(`terraform rollout check SKIPPED: ${availability.reason}`);
const title = availability.ok ? 'tenants rollout with terraform, offline' : `tenants rollout with terraform, offline (SKIPPED: ${availability.reason})`;

const STACKS = ['pool-aws-us-east-1', 'tenant-acme'];
const outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'tt-rollout-'));
const synthCode = availability.ok ? synthTenants({ outdir, only: ['acme', 'umbrella'], stdout: () => undefined, stderr: (t) => console.error(t) }) : 0;

describeIfTerraform(title, () => {
  let sts: Awaited<ReturnType<typeof startMockSts>>;
  const runDir = path.join(outdir, 'run');
  let code: number;
  let stdout = '';
  let stderr = '';
  beforeAll(async () => {
    expect(synthCode).toBe(0);
    if (!availability.ok) return;
    sts = await startMockSts();
    const variables: Record<string, string> = {};
    for (const stack of STACKS) {
      const file = path.join(stackDir(outdir, stack), 'cdk.tf.json');
      const part = awsPart(JSON.parse(fs.readFileSync(file, 'utf8')) as StackJson);
      fs.writeFileSync(file, JSON.stringify(part, null, 2));
      for (const [name, variable] of Object.entries((part.variable ?? {}) as Record<string, { default?: unknown }>)) {
        if (variable.default === undefined) variables[`TF_VAR_${name}`] = `https://plan-check.invalid/${name}`;
      }
      writeOfflineOverride(stackDir(outdir, stack), sts.url);
    }
    const env = { ...offlineEnv(outdir, availability.mirror), ...variables };
    const io = { stdout: (t: string) => (stdout += t), stderr: (t: string) => (stderr += t) };
    code = await runRolloutCommand(['--out', outdir, '--stacks', STACKS.join(','), '--run-dir', runDir, '--parallelism', '2', '--format', 'json'], io, env);
  }, 600_000);
  afterAll(async () => {
    await sts?.close();
    fs.rmSync(outdir, { recursive: true, force: true });
  });

  it('plans both stacks: every synthesized resource is created', () => {
    expect(stderr).not.toMatch(/failed \[/);
    expect(code).toBe(0);
    const summary = RolloutSummarySchema.parse(JSON.parse(stdout));
    expect(summary.stacks.map((s) => [s.stack, s.backend, s.status])).toEqual([
      ['pool-aws-us-east-1', 'local', 'planned'],
      ['tenant-acme', 'local', 'planned'],
    ]);
    for (const s of summary.stacks) {
      const json = JSON.parse(fs.readFileSync(path.join(stackDir(outdir, s.stack), 'cdk.tf.json'), 'utf8')) as { resource: Record<string, Record<string, unknown>> };
      const resources = Object.values(json.resource).reduce((n, byName) => n + Object.keys(byName).length, 0);
      expect(s.actions).toMatchObject({ create: resources, update: 0, replace: 0, delete: 0 });
    }
    const log = fs.readFileSync(path.join(runDir, 'logs', 'tenant-acme.log'), 'utf8');
    expect(log).toContain('Terraform has been successfully initialized!');
    expect(fs.existsSync(path.join(runDir, RUN_FILES.summaryMarkdown))).toBe(true);
  });

  it("its plans are what tenants review reads: Terraform's actions per stack, matching the synth", () => {
    const report = reviewSynths(readSynthFolder(outdir, 'base'), readSynthFolder(outdir, 'head', { plansDir: path.join(runDir, RUN_FILES.plans) }));
    for (const name of STACKS) {
      const stack = report.stacks.find((s) => s.name === name)!;
      expect(stack.plan!.mismatched).toEqual([]);
      expect(stack.plan!.actions.create).toBeGreaterThan(50);
    }
    expect(report.blockers).toEqual([]);
    expect(report.summary.plans!.stacks).toBe(2);
  });
});
