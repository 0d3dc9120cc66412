import { ChildProcess, fork } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { collectorNeedsClusterSetup } from '../lib/kubernetes/collector-setup';
import { MANAGED_COLLECTORS } from '../lib/kubernetes/tenant-workloads';
import { SpecError, errorText, problemsOf } from '../lib/model/errors';
import { writeFleetLock } from '../lib/model/fleet-lock';
import { displayPath } from '../lib/model/yaml-file';
import { DEFAULT_OUTDIR, MANIFEST_FILE, STACKS_FOLDER, SynthManifestSchema, stagingDir, writeSynthMarker } from '../lib/synth-layout';
import { FleetPlan, planFleet } from './fleet-plan';
import type { WorkerJob, WorkerMessage } from './private/synth-worker';
import { SYNTH_EXIT, SynthOptions, interruptedMessage, outdirProblem, removeStaleStaging, synthTenantsInProcess } from './synth';

export interface ParallelSynthOptions extends SynthOptions {
  /**
   * Worker processes that synthesize the fleet side by side, each a share of whole pools and siloed tenants; 1
   * synthesizes in this process. @default - TENANTS_WORKERS, else the available cores (at most MAX_WORKERS) for a
   * fleet of at least PARALLEL_MIN_STACKS stacks
   */
  readonly workers?: number;
}

/** Fewest stacks worth starting workers for: below it, a worker's start-up costs more than it saves. */
export const PARALLEL_MIN_STACKS = 120;
/** Most workers by default: beyond it, memory grows faster than the synth speeds up on common CI machines. */
export const MAX_WORKERS = 4;

/** Relative cost of building and synthesizing each kind of stack, from profiles: platforms are heavy, slices light. */
const WEIGHT = { platform: 4, slice: 1, workloads: 1 } as const;

/** A share of the fleet a worker takes whole: a pool with its tenants, or a siloed tenant. */
interface Unit {
  readonly ids: readonly string[];
  readonly weight: number;
}

function unitsOf(plan: FleetPlan): Unit[] {
  const pools = plan.placement.pools.map((p) => ({ ids: p.members.map((m) => m.spec.id), weight: 2 * WEIGHT.platform + p.members.length * WEIGHT.slice }));
  const silos = plan.selected
    .filter((t) => t.tier.isolation === 'siloed')
    .map((t) => ({ ids: [t.spec.id], weight: WEIGHT.platform + WEIGHT.workloads }));
  return [...pools, ...silos];
}

/** Longest-first onto the least-loaded worker: close to even shares for any mix of pools and silos. */
function share(units: readonly Unit[], workers: number): string[][] {
  const bins = Array.from({ length: workers }, () => ({ weight: 0, ids: [] as string[] }));
  for (const unit of [...units].sort((a, b) => b.weight - a.weight || a.ids[0].localeCompare(b.ids[0]))) {
    const bin = bins.reduce((least, b) => (b.weight < least.weight ? b : least));
    bin.weight += unit.weight;
    bin.ids.push(...unit.ids);
  }
  return bins.map((b) => b.ids).filter((ids) => ids.length > 0);
}

/** The workers a synth of `stacks` stacks uses by default. */
export function defaultWorkers(stacks: number, env: NodeJS.ProcessEnv = process.env): number {
  const configured = Number(env.TENANTS_WORKERS);
  if (Number.isInteger(configured) && configured >= 1) return configured;
  if (stacks < PARALLEL_MIN_STACKS) return 1;
  return Math.max(1, Math.min(MAX_WORKERS, os.availableParallelism()));
}

/** Starts a worker for `job` and resolves with its result; progress messages go to `onProgress`. */
function runWorker(job: WorkerJob, onProgress: (done: number) => void, onStderr: (text: string) => void, children: Set<ChildProcess>): Promise<WorkerMessage> {
  const extension = path.extname(__filename);
  const file = path.join(__dirname, 'private', `synth-worker${extension}`);
  // From the TypeScript sources the worker needs the same transpiler hook as this process (scripts/register.js).
  const execArgv = extension === '.ts' ? ['-r', path.join(__dirname, '..', 'scripts', 'register.js')] : [];
  return new Promise((resolve) => {
    const child = fork(file, [], { execArgv, stdio: ['ignore', 'inherit', 'pipe', 'ipc'] });
    children.add(child);
    let result: WorkerMessage | undefined;
    child.stderr?.on('data', (d: Buffer) => onStderr(d.toString()));
    child.on('message', (m: WorkerMessage) => {
      if (m.type === 'progress') onProgress(m.done);
      else result = m;
    });
    child.on('exit', (code, signal) => {
      children.delete(child);
      resolve(result ?? { type: 'failed', kind: 'crash', message: `a synth worker ended without a result (exit ${code ?? signal})` });
    });
    child.send(job);
  });
}

/** Writes the merged manifest as cdktf writes its own: keys sorted, two-space indent, empty lists on two lines. */
function stableJson(value: unknown, indent = ''): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) return `[\n${value.map((v) => `${inner}${stableJson(v, inner)}`).join(',\n')}${value.length ? '\n' : ''}${indent}]`;
  if (value && typeof value === 'object') {
    const keys = Object.keys(value).sort();
    const body = keys.map((k) => `${inner}${JSON.stringify(k)}: ${stableJson((value as Record<string, unknown>)[k], inner)}`).join(',\n');
    return `{\n${body}${keys.length ? '\n' : ''}${indent}}`;
  }
  return JSON.stringify(value);
}

/**
 * Synthesizes the fleet in worker processes (whole pools and siloed tenants each), then merges their stacks and
 * manifests into one output, exactly as one process would write it. Falls back to `synthTenants` for a small
 * fleet, a synth of some tenants, or options a worker cannot receive (programmatic tiers or plugins).
 * @returns the process exit code: 0 on success, 1 for bad input or a failed validation.
 */
export async function synthInParallel(options: ParallelSynthOptions = {}): Promise<number> {
  const stderr = options.stderr ?? ((t: string) => process.stderr.write(t));
  const stdout = options.stdout ?? ((t: string) => process.stdout.write(t));
  if (options.only?.length || options.tiers || options.plugins || options.workers === 1) return synthTenantsInProcess(options);
  const outdir = path.resolve(options.outdir ?? DEFAULT_OUTDIR);
  const unusable = outdirProblem(outdir, path.resolve(options.tenantsDir ?? 'tenants'));
  if (unusable) {
    stderr(errorText([unusable]));
    return SYNTH_EXIT.unusableOutdir;
  }
  let plan: FleetPlan;
  try {
    plan = planFleet({ ...options, warn: options.warn ?? ((m) => stderr(`${m}\n`)) });
  } catch (error) {
    if (error instanceof SpecError) {
      stderr(errorText(problemsOf(error)));
      return SYNTH_EXIT.invalid;
    }
    throw error;
  }
  const units = unitsOf(plan);
  const pools = plan.placement.pools;
  const shared = pools.filter((p) => collectorNeedsClusterSetup(MANAGED_COLLECTORS[p.cloud])).length;
  const stacks = pools.length + shared + plan.selected.length + plan.selected.filter((t) => t.tier.isolation === 'siloed').length;
  const workers = Math.min(options.workers ?? defaultWorkers(stacks), units.length);
  if (workers <= 1) return synthTenantsInProcess(options);

  // SIGINT/SIGTERM: the workers get the signal, the staging folders are removed, then this process ends by it. The
  // handlers come first, so no signal finds the staging folder made and nothing there to remove it.
  const children = new Set<ChildProcess>();
  let signal: NodeJS.Signals | undefined;
  const onSignal = (s: NodeJS.Signals) => {
    signal = s;
    for (const child of children) child.kill(s);
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  removeStaleStaging(outdir);
  const staging = stagingDir(outdir, process.pid);
  fs.rmSync(staging, { recursive: true, force: true });
  fs.mkdirSync(staging, { recursive: true });
  const tenantsDir = options.tenantsDir ?? 'tenants';
  const shares = share(units, workers);
  // Beside the output folder, like the staging folder: local state paths are relative to a stack's folder, so the
  // workers write at the same depth as the final output.
  const workerDir = (i: number) => `${staging}-w${i}`;
  const progress = options.progress ?? { write: (t: string) => process.stderr.write(t), isTTY: process.stderr.isTTY === true };
  const showProgress = progress.isTTY && !process.env.CI;
  const done = shares.map(() => 0);
  const start = Date.now();
  const draw = () => progress.write(`\r\x1b[Ksynthesizing: ${done.reduce((a, b) => a + b, 0)}/${stacks} stacks, ${((Date.now() - start) / 1000).toFixed(0)} s`);
  const timer = showProgress ? setInterval(draw, 250) : undefined;
  try {
    const results = await Promise.all(
      shares.map((ids, i) =>
        runWorker(
          {
            tenantsDir,
            outdir: workerDir(i),
            ids,
            fleetLock: plan.lock,
            // The parent's blocks: a worker builds some tenants and must give them the blocks of the whole fleet.
            addressAllocations: plan.addressAllocations,
            poolMaxTenants: options.poolMaxTenants,
            poolHeadroomPercent: options.poolHeadroomPercent,
          },
          (n) => (done[i] = n),
          (text) => process.stderr.write(text),
          children,
        ),
      ),
    );
    if (signal) return SYNTH_EXIT.invalid; // the finally below cleans up; the signal then ends the process
    const failures = results.filter((r): r is Extract<WorkerMessage, { type: 'failed' }> => r.type === 'failed');
    if (failures.length > 0) {
      const crash = failures.find((f) => f.kind === 'crash');
      if (crash) throw new Error(crash.message);
      stderr(errorText(failures.map((f) => f.message)));
      return SYNTH_EXIT.invalid;
    }
    // One output: every worker's stacks, and one manifest listing them all.
    const merged: Record<string, unknown> = {};
    let version: unknown;
    fs.mkdirSync(path.join(staging, STACKS_FOLDER));
    for (let i = 0; i < shares.length; i++) {
      const dir = workerDir(i);
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, MANIFEST_FILE), 'utf8')) as { version?: unknown; stacks: Record<string, unknown> };
      SynthManifestSchema.parse(manifest);
      version ??= manifest.version;
      Object.assign(merged, manifest.stacks);
      for (const name of fs.readdirSync(path.join(dir, STACKS_FOLDER))) {
        fs.renameSync(path.join(dir, STACKS_FOLDER, name), path.join(staging, STACKS_FOLDER, name));
      }
      fs.rmSync(dir, { recursive: true, force: true });
    }
    fs.writeFileSync(path.join(staging, MANIFEST_FILE), stableJson({ stacks: merged, version }));
    writeSynthMarker(staging);
    fs.rmSync(outdir, { recursive: true, force: true });
    fs.renameSync(staging, outdir);
    if (plan.lockChanged) {
      writeFleetLock(tenantsDir, plan.lock);
      for (const line of plan.lockChanges) stdout(`fleet lock: ${line}\n`);
    }
    const names = results.flatMap((r) => (r.type === 'done' ? r.stacks : []));
    stdout(`synthesized ${names.length} stack(s) into ${displayPath(outdir)} with ${shares.length} workers\n`);
    return 0;
  } finally {
    if (timer) {
      clearInterval(timer);
      progress.write('\r\x1b[K');
    }
    fs.rmSync(staging, { recursive: true, force: true });
    shares.forEach((_, i) => fs.rmSync(workerDir(i), { recursive: true, force: true }));
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    if (signal) {
      stderr(interruptedMessage(signal));
      process.kill(process.pid, signal);
    }
  }
}
