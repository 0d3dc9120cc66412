import * as fs from 'fs';
import * as path from 'path';
import type { SynthStackEntry } from '../../lib/synth-layout';
import { RunJournal, logFileOf, planJsonOf, savedPlanOf } from './journal';
import { FAILED, RolloutSummary, STACK_STATUSES, SUCCEEDED, StackOutcome, StackStatus } from './model';
import type { StackRunner } from './runner';

/** What a rollout needs to run. */
export interface RolloutRunOptions {
  /** The open run folder; its start line holds the settings and the waves. */
  readonly journal: RunJournal;
  /** The synth's stacks (folders, files). */
  readonly entries: ReadonlyMap<string, SynthStackEntry>;
  /** Which runner runs a stack (local terraform, or HCP Terraform for stacks with a `cloud` block). */
  readonly runnerFor: (stack: string) => StackRunner;
  /** Stacks running at once. @default DEFAULT_PARALLELISM */
  readonly parallelism?: number;
  /** Outcomes of an earlier attempt of this run: the succeeded ones are kept, the others run again. @default none */
  readonly previous?: ReadonlyMap<string, StackOutcome>;
  /** One line per event (a stack started or finished, a wave began), for a terminal or a CI log. @default silent */
  readonly progress?: (line: string) => void;
  /** The clock. @default () => new Date() */
  readonly now?: () => Date;
}

/** Stacks running at once, unless told otherwise: Terraform plans are CPU- and memory-hungry on one machine. */
export const DEFAULT_PARALLELISM = 4;

/**
 * Runs a planned rollout: wave after wave, each stack once the stacks it waits for have succeeded, at most
 * `parallelism` at a time. A stack whose dependency did not succeed is blocked. Once failures exceed the budget
 * (`maxFailures`), or any stack of the canary wave did not succeed, no new stack starts: running ones finish, the
 * rest are not started. Every start and finish goes to the journal as it happens, so an interrupted run resumes
 * where it stopped.
 */
export async function executeRollout(options: RolloutRunOptions): Promise<RolloutSummary> {
  const { journal } = options;
  const { settings, plan, runId } = journal.start;
  const now = options.now ?? (() => new Date());
  const parallelism = options.parallelism ?? DEFAULT_PARALLELISM;
  const progress = options.progress ?? (() => undefined);
  const outcomes = new Map<string, StackOutcome>();
  const waveOf = new Map(plan.waves.flatMap((w) => w.stacks.map((s) => [s.stack, w.wave] as const)));
  for (const [stack, previous] of options.previous ?? []) {
    if (SUCCEEDED.has(previous.status) && waveOf.has(stack)) outcomes.set(stack, { ...previous, resumed: true });
  }
  if (options.previous) journal.append({ type: 'resumed', at: now().toISOString() });

  const total = waveOf.size;
  let failures = 0;
  let stoppedBecause: string | undefined;
  const tally = () => {
    const done = [...outcomes.values()];
    return `${done.length}/${total} done, ${done.filter((o) => FAILED.has(o.status)).length} failed`;
  };
  const finish = (outcome: StackOutcome) => {
    outcomes.set(outcome.stack, outcome);
    journal.append({ type: 'finished', at: now().toISOString(), outcome });
  };
  const unrun = (stack: string, wave: number, status: StackStatus, message: string): StackOutcome => ({
    stack,
    wave,
    backend: options.runnerFor(stack).backend,
    status,
    message,
    blockers: [],
    log: logFileOf(stack),
    resumed: false,
  });

  const runOne = async (stack: string, wave: number): Promise<void> => {
    const entry = options.entries.get(stack)!;
    const runner = options.runnerFor(stack);
    const startedAt = now().toISOString();
    journal.append({ type: 'started', stack, at: startedAt });
    progress(`wave ${wave}/${plan.waves.length} ${stack}: started (${runner.backend})`);
    const logFile = path.join(journal.dir, logFileOf(stack));
    fs.appendFileSync(logFile, `=== ${settings.mode} of ${stack}, run ${runId}, ${startedAt} ===\n`);
    let outcome: StackOutcome;
    try {
      const result = await runner.run({
        stack,
        workingDirectory: entry.workingDirectory,
        file: entry.file,
        mode: settings.mode,
        allowDataLoss: settings.allowDataLoss,
        runId,
        savedPlan: path.resolve(journal.dir, savedPlanOf(stack)),
        planJson: path.resolve(journal.dir, planJsonOf(stack)),
        log: (text) => fs.appendFileSync(logFile, text),
      });
      const { planWritten, ...rest } = result;
      outcome = { stack, wave, backend: runner.backend, ...rest, log: logFileOf(stack), ...(planWritten ? { planFile: planJsonOf(stack) } : {}), startedAt, finishedAt: now().toISOString(), resumed: false };
    } catch (e) {
      // A runner that throws is a bug or an environment problem; the stack fails, the rollout goes on by its budget.
      const message = `the rollout could not run it: ${e instanceof Error ? e.message : String(e)}`;
      fs.appendFileSync(logFile, `${message}\n`);
      outcome = { ...unrun(stack, wave, 'failed', message), startedAt, finishedAt: now().toISOString() };
    }
    finish(outcome);
    const said = outcome.message.startsWith(outcome.status) ? outcome.message : `${outcome.status}: ${outcome.message}`;
    progress(`wave ${wave}/${plan.waves.length} ${stack}: ${said} [${tally()}]`);
    if (FAILED.has(outcome.status)) {
      failures++;
      if (failures > settings.maxFailures && !stoppedBecause) {
        stoppedBecause =
          settings.maxFailures === 0
            ? `${stack} ${outcome.status}`
            : `${failures} stacks failed, more than the budget of ${settings.maxFailures} (last: ${stack})`;
      }
    }
  };

  for (const wave of plan.waves) {
    const todo = wave.stacks.filter((s) => !outcomes.has(s.stack));
    if (stoppedBecause) {
      for (const s of todo) finish(unrun(s.stack, wave.wave, 'not-started', `not started: the rollout stopped (${stoppedBecause})`));
      continue;
    }
    progress(`wave ${wave.wave}/${plan.waves.length} (${wave.name}): ${todo.length} of ${wave.stacks.length} stacks to run`);
    await new Promise<void>((resolve) => {
      const pending = [...todo];
      let running = 0;
      const pump = () => {
        for (let i = 0; i < pending.length; ) {
          const s = pending[i];
          const failedDep = s.after.find((d) => outcomes.has(d) && !SUCCEEDED.has(outcomes.get(d)!.status));
          if (failedDep !== undefined) {
            pending.splice(i, 1);
            finish(unrun(s.stack, wave.wave, 'blocked', `not run: ${failedDep} ${outcomes.get(failedDep)!.status}`));
            progress(`wave ${wave.wave}/${plan.waves.length} ${s.stack}: blocked by ${failedDep} [${tally()}]`);
            continue;
          }
          const ready = s.after.every((d) => outcomes.has(d));
          if (ready && !stoppedBecause && running < parallelism) {
            pending.splice(i, 1);
            running++;
            void runOne(s.stack, wave.wave)
              .catch((e: unknown) => {
                // The journal or a log could not be written: record the stack as failed if nothing else did.
                if (!outcomes.has(s.stack)) outcomes.set(s.stack, unrun(s.stack, wave.wave, 'failed', `the rollout could not record it: ${e instanceof Error ? e.message : String(e)}`));
              })
              .finally(() => {
                running--;
                pump();
              });
            continue;
          }
          i++;
        }
        if (running === 0) {
          for (const s of pending.splice(0)) finish(unrun(s.stack, wave.wave, 'not-started', `not started: the rollout stopped (${stoppedBecause ?? 'nothing left to run'})`));
          resolve();
        }
      };
      pump();
    });
    const missed = wave.stacks.filter((s) => !SUCCEEDED.has(outcomes.get(s.stack)!.status));
    if (wave.name === 'canary' && missed.length > 0 && !stoppedBecause) {
      stoppedBecause = `the canary wave did not succeed (${missed.map((s) => s.stack).join(', ')})`;
    }
  }

  const stacks = plan.waves.flatMap((w) => w.stacks.map((s) => outcomes.get(s.stack)!));
  const completed = stacks.every((s) => SUCCEEDED.has(s.status));
  journal.append({ type: 'ended', at: now().toISOString(), completed });
  const counts = Object.fromEntries(STACK_STATUSES.map((st) => [st, stacks.filter((s) => s.status === st).length])) as Record<StackStatus, number>;
  return {
    version: 1,
    runId,
    runDir: journal.dir,
    settings,
    completed,
    ...(stoppedBecause ? { stoppedBecause } : {}),
    counts,
    waves: plan.waves,
    stacks,
  };
}
