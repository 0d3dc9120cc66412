import { z } from 'zod';
import { PlanBlockerSchema, PlanCountsSchema } from '../review/model';

/**
 * A fleet rollout (`tenants rollout`), as data: the plan of waves, the journal it keeps while it runs, and the
 * summary it ends with. The JSON output and the journal are these shapes; the markdown renderer reads them.
 */

/** One stack of a wave and the selected stacks it waits for. */
export const WaveStackSchema = z.object({
  stack: z.string(),
  /** Selected stacks that must succeed first (its dependencies, followed through stacks not selected). */
  after: z.array(z.string()),
});

/** A wave: stacks that run together, at most `parallelism` at a time, each once what it waits for has succeeded. */
export const RolloutWaveSchema = z.object({
  /** 1-based. */
  wave: z.number().int().positive(),
  /** `canary`, `batch 1`, `batch 2`, ... */
  name: z.string(),
  /** In dependency order. */
  stacks: z.array(WaveStackSchema),
});
export type RolloutWave = z.infer<typeof RolloutWaveSchema>;

/** The order a rollout runs stacks in. */
export const RolloutPlanSchema = z.object({
  /** How many stacks. */
  stacks: z.number().int().nonnegative(),
  waves: z.array(RolloutWaveSchema),
});
export type RolloutPlan = z.infer<typeof RolloutPlanSchema>;

/** Plan only, or plan and apply. */
export const ROLLOUT_MODES = ['plan', 'apply'] as const;
export type RolloutMode = (typeof ROLLOUT_MODES)[number];

/** Where a stack's Terraform runs: this machine, or HCP Terraform / Terraform Enterprise through its API. */
export const BACKENDS = ['local', 'hcp'] as const;
export type RunnerBackend = (typeof BACKENDS)[number];

/**
 * How a stack ended. `planned`, `applied` and `no-changes` succeed; `failed` (Terraform or the engine failed),
 * `refused` (the plan replaces or deletes stateful resources and --allow-data-loss was not given), `blocked` (a stack
 * it waits for did not succeed) and `not-started` (the rollout stopped first) do not.
 */
export const STACK_STATUSES = ['planned', 'applied', 'no-changes', 'failed', 'refused', 'blocked', 'not-started'] as const;
export const StackStatusSchema = z.enum(STACK_STATUSES);
export type StackStatus = z.infer<typeof StackStatusSchema>;

/** Statuses that count as success (a resumed run does not run these stacks again). */
export const SUCCEEDED: ReadonlySet<StackStatus> = new Set(['planned', 'applied', 'no-changes']);
/** Statuses that count against the failure budget. */
export const FAILED: ReadonlySet<StackStatus> = new Set(['failed', 'refused']);

/** Sentinel/OPA policy checks of an HCP Terraform run. */
export const PolicyChecksSchema = z.object({
  /** Each check's status: `passed`, `soft_failed`, `hard_failed`, `overridden`, `errored`. */
  statuses: z.array(z.string()),
  passed: z.number().int().nonnegative(),
  failed: z.number().int().nonnegative(),
});

/** What one stack's run ended with. */
export const StackOutcomeSchema = z.object({
  stack: z.string(),
  wave: z.number().int().positive(),
  backend: z.enum(BACKENDS),
  status: StackStatusSchema,
  /** One line: what failed and what to do, or what was done. */
  message: z.string(),
  /** Terraform's actions from the stack's plan, when it got that far. */
  actions: PlanCountsSchema.optional(),
  /** Stateful resources the plan replaces or deletes. */
  blockers: z.array(PlanBlockerSchema),
  /** The stack's log, relative to the run folder. */
  log: z.string(),
  /** `terraform show -json` of its plan, relative to the run folder (feed it to `tenants review --head-plans`). */
  planFile: z.string().optional(),
  /** The HCP Terraform run, for stacks run there. */
  runUrl: z.string().optional(),
  policyChecks: PolicyChecksSchema.optional(),
  startedAt: z.string().optional(),
  finishedAt: z.string().optional(),
  /** Taken from an earlier attempt of this run (resumed), not run again. */
  resumed: z.boolean(),
});
export type StackOutcome = z.infer<typeof StackOutcomeSchema>;

/** Choices a run is made with; a resumed run keeps them. */
export const RolloutSettingsSchema = z.object({
  mode: z.enum(ROLLOUT_MODES),
  /** The synth folder. */
  outdir: z.string(),
  canary: z.array(z.string()),
  batchSize: z.number().int().positive(),
  /** Failures tolerated before no new stack starts (0: stop at the first). */
  maxFailures: z.number().int().nonnegative(),
  /** Apply plans that replace or delete stateful resources. */
  allowDataLoss: z.boolean(),
});
export type RolloutSettings = z.infer<typeof RolloutSettingsSchema>;

/** The first line of a run's journal. */
export const JournalStartSchema = z.object({
  type: z.literal('start'),
  version: z.literal(1),
  runId: z.string(),
  at: z.string(),
  settings: RolloutSettingsSchema,
  plan: RolloutPlanSchema,
  /** sha256 of each stack's Terraform JSON when the run started: a resumed run refuses a synth that changed. */
  fingerprints: z.record(z.string(), z.string()),
});
export type JournalStart = z.infer<typeof JournalStartSchema>;

/** Every later line of the journal. */
export const JournalEventSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('started'), stack: z.string(), at: z.string() }),
  z.object({ type: z.literal('finished'), at: z.string(), outcome: StackOutcomeSchema }),
  z.object({ type: z.literal('resumed'), at: z.string() }),
  z.object({ type: z.literal('ended'), at: z.string(), completed: z.boolean() }),
]);
export type JournalEvent = z.infer<typeof JournalEventSchema>;

/** How a rollout ended. */
export const RolloutSummarySchema = z.object({
  version: z.literal(1),
  runId: z.string(),
  /** The run folder: journal, logs, plans, summaries. */
  runDir: z.string(),
  settings: RolloutSettingsSchema,
  /** True when every stack succeeded. */
  completed: z.boolean(),
  /** Why the rollout stopped early, when it did. */
  stoppedBecause: z.string().optional(),
  counts: z.record(StackStatusSchema, z.number().int().nonnegative()),
  waves: z.array(RolloutWaveSchema),
  /** Every stack, in the order of the plan. */
  stacks: z.array(StackOutcomeSchema),
});
export type RolloutSummary = z.infer<typeof RolloutSummarySchema>;
