// A synth worker: builds and synthesizes some tenants of a fleet (whole pools, whole siloed tenants) into its own
// folder, with the lock its parent placed the fleet with, and reports back over IPC. Started by synthInParallel.
import { App, TerraformStack } from 'cdktf';
import { SpecError } from '../../lib/model/errors';
import type { FleetLock } from '../../lib/model/fleet-lock';
import { buildApp } from '../app';

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

/** cdktf's message when a construct validation (policy, budget) fails. */
const VALIDATION_FAILED = /^Validation failed/;

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
    });
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
    app.synth();
    return { type: 'done', stacks: built.all.map((s) => s.node.id) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (error instanceof SpecError) return { type: 'failed', kind: 'input', message };
    if (error instanceof Error && VALIDATION_FAILED.test(error.message)) return { type: 'failed', kind: 'validation', message };
    return { type: 'failed', kind: 'crash', message: error instanceof Error ? (error.stack ?? message) : message };
  }
}

process.once('message', (job: WorkerJob) => {
  const result = run(job);
  process.send?.(result, () => process.exit(0));
});
