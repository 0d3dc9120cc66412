// A synth worker: builds and synthesizes some tenants of a fleet (whole pools, whole siloed tenants) into its own
// folder, with the lock its parent placed the fleet with, and reports back over IPC. Started by synthInParallel.
import { App, TerraformStack } from 'cdktf';
import { SpecError, problemsOf } from '../../lib/model/errors';
import type { FleetLock } from '../../lib/model/fleet-lock';
import { buildApp } from '../app';
import { writeStacks } from '../synth';
import { skipTokenCreationStacks } from '../token-stack-traces';
import { prepareStacks, problemMessage, stackProblems } from '../validate';

skipTokenCreationStacks();

/** What the parent asks of a worker. */
export interface WorkerJob {
  readonly tenantsDir: string;
  readonly outdir: string;
  /** The tenants whose stacks this worker builds: whole pools and siloed tenants. */
  readonly ids: readonly string[];
  readonly fleetLock: FleetLock;
  /** The address blocks the parent handed out over the whole fleet. */
  readonly addressAllocations: Readonly<Record<string, string>>;
  readonly poolMaxTenants?: number;
  readonly poolHeadroomPercent?: number;
}

/** What a worker reports: progress while it synthesizes, then its result. */
export type WorkerMessage =
  | { readonly type: 'progress'; readonly done: number }
  | { readonly type: 'done'; readonly stacks: readonly string[] }
  | { readonly type: 'failed'; readonly kind: 'input' | 'validation' | 'crash'; readonly message: string };

function run(job: WorkerJob): WorkerMessage {
  try {
    const app = new App({ outdir: job.outdir });
    const built = buildApp(app, {
      tenantsDir: job.tenantsDir,
      only: job.ids,
      fleetLock: job.fleetLock,
      addressAllocations: job.addressAllocations,
      poolMaxTenants: job.poolMaxTenants,
      poolHeadroomPercent: job.poolHeadroomPercent,
      warn: (m) => process.stderr.write(`${m}\n`),
    });
    // Every stack validated before any is written (as synthTenants does), every problem reported.
    prepareStacks(built.all);
    const problems = built.all.flatMap(stackProblems);
    if (problems.length > 0) return { type: 'failed', kind: 'validation', message: problems.map(problemMessage).join('\n') };
    let done = 0;
    for (const stack of built.all as TerraformStack[]) {
      const inner = stack.synthesizer;
      stack.synthesizer = {
        synthesize(session) {
          inner.synthesize(session);
          process.send?.({ type: 'progress', done: ++done } satisfies WorkerMessage);
        },
      };
    }
    for (const _ of writeStacks(app, built.all)) void _;
    return { type: 'done', stacks: built.all.map((s) => s.node.id) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof SpecError) return { type: 'failed', kind: 'input', message: problemsOf(error).join('\n') };
    return { type: 'failed', kind: 'crash', message: error instanceof Error ? (error.stack ?? message) : message };
  }
}

process.once('message', (job: WorkerJob) => {
  const result = run(job);
  process.send?.(result, () => process.exit(0));
});
