import * as fs from 'fs';
import * as path from 'path';
import { App } from 'cdktf';
import { SpecError } from '../lib/model/errors';
import { PluginError } from '../lib/plugin';
import { writeFleetLock } from '../lib/model/fleet-lock';
import { BuildAppOptions, buildApp } from './app';
import { ProgressTarget, showSynthProgress } from './private/progress';

export interface SynthOptions extends BuildAppOptions {
  /** Where the synthesized stacks go. @default 'cdktf.out' */
  readonly outdir?: string;
  /** Receives error text. @default process.stderr */
  readonly stderr?: (text: string) => void;
  /** Receives progress text. @default process.stdout */
  readonly stdout?: (text: string) => void;
  /** Where a long synth shows `stacks done / total` while it runs: only a terminal, never in CI. @default process.stderr */
  readonly progress?: ProgressTarget;
}

/** cdktf's message when a construct validation (policy, budget) fails: a user-facing finding, not a crash. */
const VALIDATION_FAILED = /^Validation failed/;

/**
 * Synthesizes the tenants into a staging folder and moves it into `outdir` only when every stack succeeded,
 * so a failure leaves the previous output untouched and never a partial one.
 * @returns the process exit code: 0 on success, 1 for bad input or a failed validation.
 */
export function synthTenants(options: SynthOptions = {}): number {
  const outdir = path.resolve(options.outdir ?? 'cdktf.out');
  const stderr = options.stderr ?? ((t: string) => process.stderr.write(t));
  const stdout = options.stdout ?? ((t: string) => process.stdout.write(t));
  const staging = `${outdir}.staging-${process.pid}`;
  fs.rmSync(staging, { recursive: true, force: true });
  try {
    const app = new App({ outdir: staging });
    const built = buildApp(app, options);
    const stacks = built.all;
    const clearProgress = showSynthProgress(stacks, options.progress ?? { write: (t) => process.stderr.write(t), isTTY: process.stderr.isTTY === true });
    try {
      app.synth();
    } finally {
      clearProgress();
    }
    fs.rmSync(outdir, { recursive: true, force: true });
    fs.renameSync(staging, outdir);
    // The lock file records where pooled tenants live; it changes only once their stacks were written.
    if (built.fleetLockChanged) {
      writeFleetLock(options.tenantsDir ?? 'tenants', built.fleetLock);
      for (const line of built.fleetLockChanges) stdout(`fleet lock: ${line}\n`);
    }
    stdout(`synthesized ${stacks.length} stack(s) into ${path.relative(process.cwd(), outdir) || outdir}: ${stacks.map((s) => s.node.id).join(', ')}\n`);
    return 0;
  } catch (error) {
    fs.rmSync(staging, { recursive: true, force: true });
    if (error instanceof SpecError || error instanceof PluginError || (error instanceof Error && VALIDATION_FAILED.test(error.message))) {
      stderr(`error: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
