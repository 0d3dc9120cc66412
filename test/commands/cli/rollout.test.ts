import { spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { main } from '../../../commands/cli/main';
import { ROLLOUT_USAGE, runRolloutCommand } from '../../../commands/cli/rollout';
import { RUN_FILES, readJournal } from '../../../commands/rollout/journal';
import { RolloutPlanSchema, RolloutSummarySchema } from '../../../commands/rollout/model';
import { FakeHcp } from '../rollout/fake-hcp';
import { FAKE_TERRAFORM, FLEET, removeScratch, rolloutSynth, scratch } from '../rollout/fixtures';
import { REPO_ROOT } from '../../util';

afterAll(removeScratch);

/** Runs the command in this process with the fake terraform's environment. */
async function run(argv: string[], env: Record<string, string> = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runRolloutCommand(argv, { stdout: (s) => (stdout += s), stderr: (s) => (stderr += s) }, { ...process.env, ...env });
  return { code, stdout, stderr };
}

/** The fake terraform's calls as `<stack> <command>`. */
function calls(file: string): string[] {
  return fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split('\n').filter(Boolean).map((l) => {
    const c = JSON.parse(l) as { stack: string; args: string[] };
    return `${c.stack} ${c.args[0]}`;
  }) : [];
}

function fleet() {
  const synth = rolloutSynth(FLEET);
  const work = scratch();
  const log = path.join(work, 'calls.jsonl');
  return { synth, runDir: path.join(work, 'run'), log, env: { FAKE_TF_LOG: log } };
}

describe('tenants rollout', () => {
  it('--dry-run prints the order and the waves, runs nothing', async () => {
    const { synth, log, env } = fleet();
    const md = await run(['--out', synth, '--dry-run', '--canary', 'b', '--batch-size', '3', '--terraform', FAKE_TERRAFORM], env);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain('## Rollout plan: plan 12 stacks in 3 waves');
    expect(md.stdout).toContain('### Wave 1: canary (3)');
    expect(md.stdout).toContain('| 3 | `tenant-b` | `pool-aws-us-east-1`, `pool-aws-us-east-1-workloads` |');
    const json = await run(['--out', synth, '--dry-run', '--format', 'json', '--stacks', 'tenant-acme,tenant-acme-workloads'], env);
    expect(RolloutPlanSchema.parse(JSON.parse(json.stdout)).waves.map((w) => w.stacks.map((s) => s.stack))).toEqual([['tenant-acme', 'tenant-acme-workloads']]);
    const tenants = await run(['--out', synth, '--dry-run', '--format', 'json', '--tenant', 'zed', '--stacks', 'shared-dns'], env);
    expect(RolloutPlanSchema.parse(JSON.parse(tenants.stdout)).waves[0].stacks.map((s) => s.stack)).toEqual(['shared-dns', 'tenant-zed', 'tenant-zed-workloads']);
    expect(calls(log)).toEqual([]);
  });

  it('plans every stack with terraform, writes the journal, a log and a plan per stack, and the summaries', async () => {
    const { synth, runDir, log, env } = fleet();
    const result = await run(['--out', synth, '--run-dir', runDir, '--terraform', FAKE_TERRAFORM, '--parallelism', '2'], env);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^## Rollout rollout-\d{8}T\d{6}Z: plan \*\*completed\*\*\n\n12\/12 succeeded \(0 applied, 12 planned, 0 without changes\)/);
    expect(result.stderr).toMatch(/^tenants rollout: plan of 12 stacks in 1 wave; run folder .*\n/);
    expect(result.stderr).toMatch(/\d\d:\d\d:\d\d wave 1\/1 tenant-a: planned \+1 ~0 ±0 -0 \[\d+\/12 done, 0 failed\]\n/);
    expect(calls(log).filter((c) => c.startsWith('tenant-a '))).toEqual(['tenant-a init', 'tenant-a plan', 'tenant-a show']);
    const summary = RolloutSummarySchema.parse(JSON.parse(fs.readFileSync(path.join(runDir, RUN_FILES.summaryJson), 'utf8')));
    expect(summary.completed).toBe(true);
    expect(fs.readFileSync(path.join(runDir, RUN_FILES.summaryMarkdown), 'utf8')).toBe(result.stdout);
    expect(fs.readdirSync(path.join(runDir, 'logs'))).toHaveLength(12);
    expect(fs.existsSync(path.join(runDir, 'plans', 'tenant-a.plan.json'))).toBe(true);
    expect(fs.existsSync(path.join(runDir, RUN_FILES.lock))).toBe(false);
  });

  it('exits 1 when a stack fails, says what failed and how to resume; the resume runs only what did not succeed', async () => {
    const { synth, runDir, log, env } = fleet();
    const args = ['--out', synth, '--run-dir', runDir, '--terraform', FAKE_TERRAFORM, '--stacks', 'tenant-acme,tenant-acme-workloads,tenant-zed,tenant-zed-workloads', '--apply', '--parallelism', '1'];
    const failed = await run(args, { ...env, FAKE_TF_FAIL: 'tenant-zed:apply' });
    expect(failed.code).toBe(1);
    expect(failed.stdout).toContain('Stopped: tenant-zed failed.');
    expect(failed.stdout).toContain('| `tenant-zed` | **failed** | – | terraform apply exited 1: Error: fake failure of apply in tenant-zed |');
    expect(failed.stdout).toContain(`Resume with \`tenants rollout --resume ${runDir}\``);
    fs.writeFileSync(log, '');
    const resumed = await run(['--resume', runDir, '--terraform', FAKE_TERRAFORM, '--parallelism', '1'], env);
    expect(resumed.code).toBe(0);
    expect(calls(log).map((c) => c.split(' ')[0])).not.toContain('tenant-acme');
    expect(calls(log).filter((c) => c.endsWith(' apply'))).toEqual(['tenant-zed apply', 'tenant-acme-workloads apply', 'tenant-zed-workloads apply']);
    expect(resumed.stdout).toContain('| `tenant-acme` | applied (earlier attempt) |');
  });

  it('resumes a rollout that was killed in the middle of a stack, running that stack again', async () => {
    const { synth, runDir, log, env } = fleet();
    const release = path.join(path.dirname(runDir), 'release');
    const args = ['rollout', '--out', synth, '--run-dir', runDir, '--terraform', FAKE_TERRAFORM, '--stacks', 'tenant-acme,tenant-acme-workloads,tenant-zed', '--parallelism', '1'];
    const child = spawn(process.execPath, ['-r', './scripts/register.js', 'commands/cli/bin.ts', ...args], {
      cwd: REPO_ROOT,
      env: { ...process.env, ...env, FAKE_TF_HOLD: 'tenant-acme-workloads:plan', FAKE_TF_RELEASE: release },
      detached: true,
      stdio: 'ignore',
    });
    try {
      // Wait for the rollout to reach the held stack: its journal says it started.
      const startedHeld = () => {
        try {
          return readJournal(runDir).events.some((e) => e.type === 'started' && e.stack === 'tenant-acme-workloads');
        } catch {
          return false; // no journal yet
        }
      };
      while (!startedHeld()) await new Promise((r) => setTimeout(r, 50));
      while (!calls(log).includes('tenant-acme-workloads plan')) await new Promise((r) => setTimeout(r, 50));
    } finally {
      process.kill(-child.pid!, 'SIGKILL');
    }
    await new Promise((r) => child.once('exit', r));
    const before = readJournal(runDir).events;
    expect(before.filter((e) => e.type === 'finished').map((e) => (e.type === 'finished' ? e.outcome.stack : ''))).toEqual(['tenant-acme', 'tenant-zed']);
    expect(before.some((e) => e.type === 'ended')).toBe(false);
    fs.writeFileSync(log, '');
    const resumed = await run(['--resume', runDir, '--terraform', FAKE_TERRAFORM], env);
    expect(resumed.code).toBe(0);
    expect(calls(log)).toEqual(['tenant-acme-workloads init', 'tenant-acme-workloads plan', 'tenant-acme-workloads show']);
    expect(resumed.stderr).toMatch(/wave 1\/1 \(batch 1\): 1 of 3 stacks to run/);
  }, 120_000);

  it('takes the stacks of tenants affected JSON, and no other selection with it', async () => {
    const { synth, env } = fleet();
    const affected = path.join(scratch(), 'affected.json');
    const entry = (stack: string, wave: number) => ({ stack, wave, reason: 'changed' });
    const stacks = [entry('pool-aws-us-east-1', 1), entry('tenant-a', 2)];
    fs.writeFileSync(affected, JSON.stringify({ version: 1, base: 'b', head: synth, stacks, waves: [], removed: [], matrix: { include: [] } }));
    const result = await run(['--out', synth, '--dry-run', '--format', 'json', '--affected', affected], env);
    expect(RolloutPlanSchema.parse(JSON.parse(result.stdout)).waves[0].stacks).toEqual([
      { stack: 'pool-aws-us-east-1', after: [] },
      { stack: 'tenant-a', after: ['pool-aws-us-east-1'] },
    ]);
    expect(await run(['--out', synth, '--dry-run', '--affected', affected, '--stacks', 'tenant-b'], env)).toMatchObject({
      code: 2,
      stderr: 'tenants rollout: --affected selects the stacks: give it without --stacks and --tenant; see tenants rollout --help\n',
    });
    fs.writeFileSync(affected, JSON.stringify({ stacks: 'nope' }));
    expect((await run(['--out', synth, '--dry-run', '--affected', affected], env)).stderr).toMatch(/^tenants rollout: '.*affected\.json' is not `tenants affected` JSON \(version: /);
  });

  it('refuses to resume when the synth changed since the run started, or when given settings to change', async () => {
    const { synth, runDir, env } = fleet();
    await run(['--out', synth, '--run-dir', runDir, '--terraform', FAKE_TERRAFORM, '--stacks', 'tenant-acme'], { ...env, FAKE_TF_FAIL: 'tenant-acme:plan' });
    const conflicting = await run(['--resume', runDir, '--apply', '--canary', 'x'], env);
    expect(conflicting).toMatchObject({ code: 2, stderr: 'tenants rollout: --canary, --apply cannot change a run being resumed (its journal holds its settings); start a new run instead; see tenants rollout --help\n' });
    fs.writeFileSync(path.join(synth, 'stacks/tenant-acme/cdk.tf.json'), '{"resource":{}}');
    const changed = await run(['--resume', runDir, '--terraform', FAKE_TERRAFORM], env);
    expect(changed.code).toBe(2);
    expect(changed.stderr).toMatch(/^tenants rollout: the synth in '.*' changed since run rollout-\w+ started \(tenant-acme\); a resumed run applies what it planned: start a new rollout\n$/);
  });

  it('runs stacks with a cloud block in HCP Terraform and the others locally', async () => {
    const cloud = { terraform: { cloud: { organization: 'initech-platform', workspaces: { name: 'tt-tenant-initech' } } }, resource: { aws_s3_bucket: { data: {} } } };
    const synth = rolloutSynth({ 'tenant-initech': { json: cloud }, 'tenant-acme': {} });
    const fake = await new FakeHcp('initech-platform', 'secret', { 'tt-tenant-initech': { planStates: ['planning', 'planned_and_finished'] } }).start();
    try {
      const runDir = path.join(scratch(), 'run');
      const args = ['--out', synth, '--run-dir', runDir, '--terraform', FAKE_TERRAFORM, '--hcp-url', fake.url, '--poll-seconds', '0', '--format', 'json'];
      const missing = await run(args, { TF_TOKEN_app_terraform_io: '', TFE_TOKEN: '' });
      expect(missing).toMatchObject({ code: 2, stderr: 'tenants rollout: no HCP Terraform token for app.terraform.io: set TF_TOKEN_app_terraform_io (or TFE_TOKEN)\n' });
      const result = await run(args, { TF_TOKEN_app_terraform_io: 'secret' });
      expect(result.code).toBe(0);
      const summary = RolloutSummarySchema.parse(JSON.parse(result.stdout));
      expect(summary.stacks.map((s) => [s.stack, s.backend, s.status])).toEqual([
        ['tenant-acme', 'local', 'planned'],
        ['tenant-initech', 'hcp', 'planned'],
      ]);
      expect(summary.stacks[1].runUrl).toBe('https://app.terraform.io/app/initech-platform/workspaces/tt-tenant-initech/runs/run-1');
    } finally {
      await fake.close();
    }
  });

  it('exits 2 with one line on usage mistakes and unusable input', async () => {
    const { synth } = fleet();
    const cases: [string[], string][] = [
      [['--out', synth, '--batch-size', '0'], "tenants rollout: --batch-size '0' is not a whole number of at least 1; see tenants rollout --help\n"],
      [['--out', synth, '--stacks', 'tenant-nope', '--dry-run'], `tenants rollout: --stacks 'tenant-nope' is not a stack of '${synth}'; see its manifest.json; see tenants rollout --help\n`],
      [['--out', synth, '--canary', 'nobody', '--dry-run'], "tenants rollout: canary tenant 'nobody' has no stack in this rollout; name tenants whose stacks are selected\n"],
      [['--out', synth, '--terraform', '/nonexistent/terraform'], "tenants rollout: '/nonexistent/terraform' not found: install Terraform or pass --terraform <path>\n"],
      [['--out', '/nonexistent/out', '--dry-run'], "tenants rollout: /nonexistent/out/manifest.json does not exist: the deploy order comes from cdktf's manifest; synthesize first (`tenants synth --out /nonexistent/out`)\n"],
      [['--resume', '/nonexistent/run'], "tenants rollout: run folder '/nonexistent/run' has no journal.jsonl: nothing to resume; start a rollout with --run-dir /nonexistent/run\n"],
    ];
    for (const [argv, stderr] of cases) expect(await run(argv)).toEqual({ code: 2, stdout: '', stderr });
  });

  it('prints its usage with --help and is a registered tenants command', async () => {
    expect(await run(['--help'])).toEqual({ code: 0, stdout: ROLLOUT_USAGE, stderr: '' });
    let out = '';
    expect(await main(['rollout', '--help'], { stdout: (s) => (out += s), stderr: () => undefined })).toBe(0);
    expect(out).toBe(ROLLOUT_USAGE);
  });
});
