import * as fs from 'fs';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { SpecError, errorText, problemsOf } from '../lib/model/errors';
import { writeFleetLock } from '../lib/model/fleet-lock';
import { displayPath } from '../lib/model/yaml-file';
import { DEFAULT_OUTDIR, SYNTH_MARKER_FILE, isSynthOutput, stagingDir, stagingDirs, writeSynthMarker } from '../lib/synth-layout';
import { BuildAppOptions, buildApp } from './app';
import { ProgressTarget, showSynthProgress } from './private/progress';
import { prepareStacks, problemMessage, stackProblems } from './validate';
import { processRuns } from '../lib/process-runs';

export interface SynthOptions extends BuildAppOptions {
  /**
   * Where the synthesized stacks go. Replaced only when it is a previous synth output (or empty, or absent): any
   * other folder is refused, never deleted. @default 'cdktf.out'
   */
  readonly outdir?: string;
  /** Receives error text. @default process.stderr */
  readonly stderr?: (text: string) => void;
  /** Receives progress text. @default process.stdout */
  readonly stdout?: (text: string) => void;
  /** Where a long synth shows `stacks done / total` while it runs: only a terminal, never in CI. @default process.stderr */
  readonly progress?: ProgressTarget;
}

/** Exit codes of a synth. */
export const SYNTH_EXIT = {
  ok: 0,
  /** A tenant file is invalid, or a stack failed its policy or budget checks. */
  invalid: 1,
  /** The output folder cannot be used: missing parent, not writable, or not a synth output. */
  unusableOutdir: 2,
} as const;

/**
 * Synthesizes the tenants into a staging folder and moves it into `outdir` only when every stack succeeded, so a
 * failure leaves the previous output untouched and never a partial one. Every stack is validated (policy, budget)
 * before any is written, and every problem is reported.
 * @returns the exit code (SYNTH_EXIT): 0 on success, 1 for bad input or a failed validation, 2 for an unusable `outdir`.
 */
export function synthTenants(options: SynthOptions = {}): number {
  const run = synthSteps(options);
  let step = run.next();
  while (!step.done) step = run.next();
  return step.value;
}

/**
 * Runs `steps` to its end, letting SIGINT and SIGTERM in between steps: on one, the generator's cleanup runs (its
 * `finally`), then `onSignal`, and the process ends by that signal, as it would have without a handler.
 */
export async function runInterruptibly(steps: Generator<void, number>, onSignal: (signal: NodeJS.Signals) => void): Promise<number> {
  let signal: NodeJS.Signals | undefined;
  const handler = (s: NodeJS.Signals) => (signal = s);
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
  let code: number = SYNTH_EXIT.invalid;
  try {
    let step = steps.next();
    while (!step.done && !signal) {
      await new Promise((resolve) => setImmediate(resolve));
      if (!signal) step = steps.next();
    }
    if (step.done) code = step.value;
    else steps.return(SYNTH_EXIT.invalid);
  } finally {
    process.off('SIGINT', handler);
    process.off('SIGTERM', handler);
  }
  if (signal) {
    onSignal(signal);
    process.kill(process.pid, signal);
  }
  return code;
}

/** The message a synth leaves when a signal stops it. */
export function interruptedMessage(signal: NodeJS.Signals): string {
  return `interrupted by ${signal}: the output folder is unchanged and the staging folder removed\n`;
}

/**
 * `synthTenants` for a process of its own (`tenants synth`, `cdktf synth`): between stacks it lets SIGINT and
 * SIGTERM in; on one it removes its staging folder, leaves `outdir` as it was, and ends the process by that signal.
 */
export function synthTenantsInProcess(options: SynthOptions = {}): Promise<number> {
  const stderr = options.stderr ?? ((t: string) => process.stderr.write(t));
  return runInterruptibly(synthSteps(options), (signal) => stderr(interruptedMessage(signal)));
}

/**
 * Writes validated stacks as cdktf's `App.synth()` does (each stack's synthesizer, then the manifest), without
 * validating them again: `stackProblems` ran every validation first.
 */
export function* writeStacks(app: App, stacks: readonly TerraformStack[]): Generator<void, void> {
  const session = { outdir: app.outdir, skipValidation: true, manifest: app.manifest };
  for (const stack of stacks) {
    stack.synthesizer.synthesize(session);
    yield;
  }
  app.manifest.writeToFile();
}

/** The synth as steps: a pause after building the app, after validating each stack, and after writing each. */
function* synthSteps(options: SynthOptions): Generator<void, number> {
  const outdir = path.resolve(options.outdir ?? DEFAULT_OUTDIR);
  const stderr = options.stderr ?? ((t: string) => process.stderr.write(t));
  const stdout = options.stdout ?? ((t: string) => process.stdout.write(t));
  const unusable = outdirProblem(outdir, path.resolve(options.tenantsDir ?? 'tenants'));
  if (unusable) {
    stderr(errorText([unusable]));
    return SYNTH_EXIT.unusableOutdir;
  }
  removeStaleStaging(outdir);
  const staging = stagingDir(outdir, process.pid);
  fs.rmSync(staging, { recursive: true, force: true });
  try {
    try {
      fs.mkdirSync(staging);
    } catch (e) {
      stderr(errorText([`cannot create the staging folder ${displayPath(staging)} (${(e as NodeJS.ErrnoException).code ?? String(e)}); choose an output folder you may write to`]));
      return SYNTH_EXIT.unusableOutdir;
    }
    const app = new App({ outdir: staging });
    const built = buildApp(app, { ...options, warn: options.warn ?? ((m) => stderr(`${m}\n`)) });
    yield;
    prepareStacks(built.all);
    const problems = [];
    for (const stack of built.all) {
      problems.push(...stackProblems(stack));
      yield;
    }
    if (problems.length > 0) {
      stderr(errorText(problems.map(problemMessage)));
      return SYNTH_EXIT.invalid;
    }
    const clearProgress = showSynthProgress(built.all, options.progress ?? { write: (t) => process.stderr.write(t), isTTY: process.stderr.isTTY === true });
    try {
      yield* writeStacks(app, built.all);
    } finally {
      clearProgress();
    }
    writeSynthMarker(staging);
    fs.rmSync(outdir, { recursive: true, force: true });
    fs.renameSync(staging, outdir);
    // The lock file records where pooled tenants live; it changes only once their stacks were written.
    if (built.fleetLockChanged) {
      writeFleetLock(options.tenantsDir ?? 'tenants', built.fleetLock);
      for (const line of built.fleetLockChanges) stdout(`fleet lock: ${line}\n`);
    }
    stdout(`synthesized ${built.all.length} stack(s) into ${displayPath(outdir)}: ${built.all.map((s) => s.node.id).join(', ')}\n`);
    return SYNTH_EXIT.ok;
  } catch (error) {
    if (!(error instanceof SpecError)) throw error;
    stderr(errorText(problemsOf(error)));
    return SYNTH_EXIT.invalid;
  } finally {
    fs.rmSync(staging, { recursive: true, force: true });
  }
}

/**
 * Why `outdir` may not be written or replaced, or undefined when it may: its parent must exist and be writable (the
 * staging folder goes beside it), and an existing folder must be a previous synth output or empty, and not hold the
 * tenant files.
 */
export function outdirProblem(outdir: string, tenantsDir: string): string | undefined {
  const shown = displayPath(outdir);
  const parent = path.dirname(outdir);
  const inside = path.relative(outdir, tenantsDir);
  if (inside === '' || (!inside.startsWith('..') && !path.isAbsolute(inside))) {
    return `the output folder '${shown}' holds the tenant files (${displayPath(tenantsDir)}), and synth replaces it; choose another output folder`;
  }
  let parentStat: fs.Stats | undefined;
  try {
    parentStat = fs.statSync(parent);
  } catch {
    parentStat = undefined;
  }
  if (!parentStat?.isDirectory()) {
    return `the folder '${displayPath(parent)}' that would hold the output folder '${shown}' does not exist; create it or choose another output folder`;
  }
  try {
    fs.accessSync(parent, fs.constants.W_OK);
  } catch {
    return `cannot write in '${displayPath(parent)}', where the output folder '${shown}' and its staging folder go; choose an output folder you may write to`;
  }
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(outdir);
  } catch {
    return undefined; // a new folder
  }
  if (stat.isSymbolicLink()) return `the output folder '${shown}' is a symbolic link; give the folder it points to, or another output folder`;
  if (!stat.isDirectory()) return `the output folder '${shown}' is a file, not a folder; choose another output folder`;
  let empty: boolean;
  try {
    empty = fs.readdirSync(outdir).length === 0;
  } catch (e) {
    return `the output folder '${shown}' cannot be read (${(e as NodeJS.ErrnoException).code ?? String(e)}); check its permissions`;
  }
  if (!empty && !isSynthOutput(outdir)) {
    return `the output folder '${shown}' is not a synth output (no ${SYNTH_MARKER_FILE}, and it holds other files), so synth will not replace it; choose a new or empty folder, or delete it yourself`;
  }
  return undefined;
}

/** Removes staging folders of `outdir` (and of its synth workers) left by processes that no longer run (killed mid-synth). */
export function removeStaleStaging(outdir: string): void {
  for (const { dir, pid } of stagingDirs(outdir)) {
    if (pid !== process.pid && !processRuns(pid)) fs.rmSync(dir, { recursive: true, force: true });
  }
}

