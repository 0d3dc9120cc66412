import * as fs from 'fs';
import * as path from 'path';
import { RUN_FILES, RunJournal, readJournal } from '../../../commands/rollout/journal';
import { RolloutSummarySchema, StackStatus } from '../../../commands/rollout/model';
import { executeRollout } from '../../../commands/rollout/run';
import type { StackResult, StackRun, StackRunner } from '../../../commands/rollout/runner';
import { planRollout } from '../../../commands/rollout/waves';
import { synthStackEntries } from '../../../lib/synth-layout';
import { FLEET, graphOf, removeScratch, rolloutSynth, scratch } from './fixtures';

afterAll(removeScratch);

/** A runner that records what it ran, how many ran at once, and ends stacks as told (planned unless listed). */
class ScriptedRunner implements StackRunner {
  readonly backend = 'local' as const;
  readonly ran: string[] = [];
  active = 0;
  maxActive = 0;
  constructor(private readonly results: Readonly<Record<string, StackStatus>> = {}) {}
  async run(run: StackRun): Promise<StackResult> {
    this.ran.push(run.stack);
    this.active++;
    this.maxActive = Math.max(this.maxActive, this.active);
    run.log(`running ${run.stack}\n`);
    await new Promise((resolve) => setImmediate(resolve));
    this.active--;
    const status = this.results[run.stack] ?? 'planned';
    return { status, message: `${status} by script`, blockers: [] };
  }
}

const synth = rolloutSynth(FLEET);
const entries = synthStackEntries(synth);
const all = [...entries.keys()];

function start(dir: string, options: { canary?: string[]; batchSize?: number; maxFailures?: number; selected?: string[] } = {}) {
  const plan = planRollout(graphOf(synth), options.selected ?? all, { canary: options.canary, batchSize: options.batchSize ?? 20 });
  const settings = { mode: 'plan' as const, outdir: synth, canary: options.canary ?? [], batchSize: options.batchSize ?? 20, maxFailures: options.maxFailures ?? 0, allowDataLoss: false };
  return RunJournal.create(dir, { type: 'start', version: 1, runId: 'rollout-test', at: '2026-01-01T00:00:00.000Z', settings, plan, fingerprints: {} });
}

async function rollout(runner: ScriptedRunner, options: Parameters<typeof start>[1] & { parallelism?: number } = {}) {
  const dir = path.join(scratch(), 'run');
  const journal = start(dir, options);
  const summary = await executeRollout({ journal, entries, runnerFor: () => runner, parallelism: options.parallelism ?? 3, now: () => new Date('2026-01-01T00:00:00Z') });
  journal.close();
  return { dir, summary };
}

const statusOf = (summary: Awaited<ReturnType<typeof rollout>>['summary']) => Object.fromEntries(summary.stacks.map((s) => [s.stack, s.status]));

describe('executeRollout', () => {
  it('runs every stack after the stacks it depends on, at most `parallelism` at a time', async () => {
    const runner = new ScriptedRunner();
    const { summary, dir } = await rollout(runner, { parallelism: 2 });
    expect(RolloutSummarySchema.parse(summary)).toEqual(summary);
    expect(summary.completed).toBe(true);
    expect(summary.counts.planned).toBe(all.length);
    expect(runner.maxActive).toBe(2);
    for (const [name, entry] of entries) for (const d of entry.dependencies) expect(runner.ran.indexOf(d)).toBeLessThan(runner.ran.indexOf(name));
    expect(fs.readFileSync(path.join(dir, RUN_FILES.logs, 'tenant-a.log'), 'utf8')).toMatch(/^=== plan of tenant-a, run rollout-test, .* ===\nrunning tenant-a\n$/);
  });

  it('stops at the first failure: its dependents are blocked, stacks not yet started are not started', async () => {
    const runner = new ScriptedRunner({ 'pool-aws-us-east-1': 'failed' });
    const { summary } = await rollout(runner, { parallelism: 1, selected: ['pool-aws-us-east-1', 'pool-aws-us-east-1-workloads', 'tenant-a', 'tenant-zed', 'tenant-zed-workloads'] });
    expect(summary.completed).toBe(false);
    expect(summary.stoppedBecause).toBe('pool-aws-us-east-1 failed');
    expect(runner.ran).toEqual(['pool-aws-us-east-1']);
    expect(statusOf(summary)).toEqual({
      'pool-aws-us-east-1': 'failed',
      'pool-aws-us-east-1-workloads': 'blocked',
      'tenant-a': 'blocked',
      'tenant-zed': 'not-started',
      'tenant-zed-workloads': 'not-started',
    });
    expect(summary.stacks.find((s) => s.stack === 'tenant-a')!.message).toBe('not run: pool-aws-us-east-1 failed');
    expect(summary.stacks.find((s) => s.stack === 'tenant-zed')!.message).toBe('not started: the rollout stopped (pool-aws-us-east-1 failed)');
  });

  it('goes on within the failure budget, blocking only what depends on the failure, and stops past it', async () => {
    const within = new ScriptedRunner({ 'tenant-acme': 'failed' });
    const first = await rollout(within, { maxFailures: 1 });
    expect(first.summary.stoppedBecause).toBeUndefined();
    expect(statusOf(first.summary)['tenant-acme-workloads']).toBe('blocked');
    expect(first.summary.counts).toMatchObject({ failed: 1, blocked: 1, planned: all.length - 2, 'not-started': 0 });

    const past = new ScriptedRunner({ 'tenant-acme': 'failed', 'tenant-zed': 'refused' });
    const second = await rollout(past, { maxFailures: 1, parallelism: 1 });
    expect(second.summary.stoppedBecause).toBe('2 stacks failed, more than the budget of 1 (last: tenant-zed)');
    expect(second.summary.counts['not-started']).toBeGreaterThan(0);
  });

  it('does not go past a canary wave that did not succeed, whatever the budget', async () => {
    const runner = new ScriptedRunner({ 'tenant-b': 'failed' });
    const { summary } = await rollout(runner, { canary: ['b'], maxFailures: 5, batchSize: 2 });
    expect(summary.stoppedBecause).toBe('the canary wave did not succeed (tenant-b)');
    expect(runner.ran.sort()).toEqual(['pool-aws-us-east-1', 'pool-aws-us-east-1-workloads', 'tenant-b']);
    expect(summary.stacks.filter((s) => s.wave > 1).every((s) => s.status === 'not-started')).toBe(true);
  });

  it('journals each start and finish as it happens, and resumes without running succeeded stacks again', async () => {
    const failing = new ScriptedRunner({ 'tenant-zed': 'failed' });
    const { dir } = await rollout(failing, { parallelism: 1, selected: ['tenant-acme', 'tenant-acme-workloads', 'tenant-zed', 'tenant-zed-workloads'] });
    const { start: first, events } = readJournal(dir);
    expect(first.runId).toBe('rollout-test');
    expect(events.map((e) => (e.type === 'started' ? `started ${e.stack}` : e.type === 'finished' ? `${e.outcome.status} ${e.outcome.stack}` : e.type))).toEqual([
      'started tenant-acme',
      'planned tenant-acme',
      'started tenant-zed',
      'failed tenant-zed',
      'blocked tenant-zed-workloads',
      'not-started tenant-acme-workloads',
      'ended',
    ]);

    const { journal, outcomes } = RunJournal.resume(dir);
    const fixed = new ScriptedRunner();
    const resumed = await executeRollout({ journal, entries, runnerFor: () => fixed, previous: outcomes });
    journal.close();
    expect(fixed.ran).toEqual(['tenant-zed', 'tenant-acme-workloads', 'tenant-zed-workloads']);
    expect(resumed.completed).toBe(true);
    expect(resumed.stacks.map((s) => [s.stack, s.status, s.resumed])).toEqual([
      ['tenant-acme', 'planned', true],
      ['tenant-zed', 'planned', false],
      ['tenant-acme-workloads', 'planned', false],
      ['tenant-zed-workloads', 'planned', false],
    ]);
    expect(readJournal(dir).events.filter((e) => e.type === 'resumed')).toHaveLength(1);
  });

  it('fails a stack whose runner throws, and goes on by the budget', async () => {
    const dir = path.join(scratch(), 'run');
    const journal = start(dir, { selected: ['tenant-acme', 'tenant-zed'], maxFailures: 1 });
    const thrower: StackRunner = {
      backend: 'hcp',
      run: async (r) => {
        if (r.stack === 'tenant-acme') throw new Error('socket hang up');
        return { status: 'planned', message: 'ok', blockers: [] };
      },
    };
    const summary = await executeRollout({ journal, entries, runnerFor: () => thrower });
    journal.close();
    expect(statusOf(summary)).toEqual({ 'tenant-acme': 'failed', 'tenant-zed': 'planned' });
    expect(summary.stacks[0]).toMatchObject({ backend: 'hcp', message: 'the rollout could not run it: socket hang up' });
  });
});
