import { z } from 'zod';
import { COST_FILES, STACK_KINDS } from '../../lib/synth-layout';
import { PLAN_ACTIONS } from '../../lib/terraform-json';

/**
 * The review of two synthesized folders (`tenants review`), as data: the single source of its shape. The JSON
 * output is this object; the markdown renderer reads it. Every list is sorted, so the output is deterministic.
 */

/** How a stack differs between base and head. */
export const STACK_CHANGES = ['added', 'removed', 'changed', 'unchanged'] as const;
export const StackChangeSchema = z.enum(STACK_CHANGES);
export type StackChange = z.infer<typeof StackChangeSchema>;

export const StackKindSchema = z.enum(STACK_KINDS);
export type StackKind = z.infer<typeof StackKindSchema>;

/** What a stateful resource holds: removing it destroys that data. */
export const STATEFUL_KINDS = ['database', 'bucket', 'storage', 'volume', 'cache', 'key', 'cluster', 'namespace'] as const;
export const StatefulKindSchema = z.enum(STATEFUL_KINDS);
export type StatefulKind = z.infer<typeof StatefulKindSchema>;

/** A block present on both sides whose arguments differ. */
export const ChangedBlockSchema = z.object({
  /** Terraform address: `aws_s3_bucket.data`, `data.aws_caller_identity.current`. */
  address: z.string(),
  /** Top-level arguments that differ (deep-compared, cdktf's `"//"` metadata ignored), sorted. */
  attributes: z.array(z.string()),
});
export type ChangedBlock = z.infer<typeof ChangedBlockSchema>;

/** Blocks of one kind (resources or data sources) added, removed and changed, by Terraform address. */
export const BlockDiffSchema = z.object({
  added: z.array(z.string()),
  removed: z.array(z.string()),
  changed: z.array(ChangedBlockSchema),
  /** How many are the same on both sides. */
  unchanged: z.number().int().nonnegative(),
});
export type BlockDiff = z.infer<typeof BlockDiffSchema>;

/** Provider configurations by key (`aws`, `aws.west`, `postgresql`). */
export const ProviderDiffSchema = z.object({
  added: z.array(z.string()),
  removed: z.array(z.string()),
  changed: z.array(z.string()),
});
export type ProviderDiff = z.infer<typeof ProviderDiffSchema>;

/** Where a side's monthly cost comes from: the `cost.json` synth wrote, or an estimate of the `cdk.tf.json`. */
export const COST_SOURCES = [COST_FILES.json, 'estimate'] as const;
export const CostSourceSchema = z.enum(COST_SOURCES);

/** One side's monthly cost of a stack, USD. */
export const StackCostSideSchema = z.object({
  /** The stack's figure as synth reports it; for a pooled tenant's slice, its own resources plus its pool share. */
  monthlyUsd: z.number(),
  /** The pool share inside monthlyUsd (0 except for slices): left out of totals, where the pool stack counts it. */
  poolShareUsd: z.number(),
  source: CostSourceSchema,
  /** Resources that could not be fully priced (missing price, unknown input, no estimator). */
  notFullyPriced: z.number().int().nonnegative(),
});
export type StackCostSide = z.infer<typeof StackCostSideSchema>;

/** A tenant stack's head cost against its tier's budget (only when the tenant file was found). */
export const ReviewBudgetSchema = z.object({
  tenantId: z.string(),
  tier: z.string(),
  status: z.enum(['ok', 'warn', 'over']),
  budgetUsd: z.number(),
  /** Head monthly cost as a percent of the budget. */
  percent: z.number(),
});
export type ReviewBudget = z.infer<typeof ReviewBudgetSchema>;

export const StackCostSchema = z.object({
  base: StackCostSideSchema.optional(),
  head: StackCostSideSchema.optional(),
  /** head - base monthly USD (a missing side counts 0). */
  deltaUsd: z.number(),
  budget: ReviewBudgetSchema.optional(),
});
export type StackCost = z.infer<typeof StackCostSchema>;

/** What Terraform does to a resource instance, from `resource_changes[].change.actions` of a plan. */
export const PlanActionSchema = z.enum(PLAN_ACTIONS);
export type PlanActionName = z.infer<typeof PlanActionSchema>;

/** Resource instances (managed and data) of a plan, per action. */
export const PlanCountsSchema = z.object({
  create: z.number().int().nonnegative(),
  update: z.number().int().nonnegative(),
  replace: z.number().int().nonnegative(),
  delete: z.number().int().nonnegative(),
  'no-op': z.number().int().nonnegative(),
  read: z.number().int().nonnegative(),
  forget: z.number().int().nonnegative(),
});
export type PlanCounts = z.infer<typeof PlanCountsSchema>;

/** One resource instance Terraform acts on. */
export const PlannedChangeSchema = z.object({
  /** Instance address: `aws_db_instance.db`, `aws_subnet.private[0]`. */
  address: z.string(),
  type: z.string(),
  action: PlanActionSchema,
  /** For a replacement: the attributes that force it (`replace_paths`), e.g. `engine`. */
  replacePaths: z.array(z.string()),
  /** Terraform's `action_reason`, e.g. `replace_because_cannot_update`, `delete_because_no_resource_config`. */
  actionReason: z.string().optional(),
  /** A replacement that creates the new object first (`create_before_destroy`). */
  createBeforeDestroy: z.boolean(),
  /** What the resource holds, when it holds data (`commands/review/stateful.ts`). */
  stateful: StatefulKindSchema.optional(),
});
export type PlannedChange = z.infer<typeof PlannedChangeSchema>;

/** A stack's `terraform show -json` plan, as the review read it. */
export const StackPlanSchema = z.object({
  /** The plan file. */
  file: z.string(),
  actions: PlanCountsSchema,
  /** Every instance Terraform creates, updates, replaces, deletes, reads or forgets (no-ops left out), by address. */
  changes: z.array(PlannedChangeSchema),
  /**
   * Managed resources the plan and the side's cdk.tf.json disagree on (in one, not the other): a plan made from
   * another synth. Empty when they agree.
   */
  mismatched: z.array(z.string()),
});
export type StackPlan = z.infer<typeof StackPlanSchema>;

/** One stack, compared. */
export const StackReviewSchema = z.object({
  name: z.string(),
  kind: StackKindSchema,
  /** The tenant of a `tenant-<id>` or `tenant-<id>-workloads` stack. */
  tenantId: z.string().optional(),
  change: StackChangeSchema,
  resources: BlockDiffSchema,
  data: BlockDiffSchema,
  providers: ProviderDiffSchema,
  /** Other top-level blocks that differ (`output`, `terraform`, `locals`, `variable`, `module`), sorted. */
  otherBlocks: z.array(z.string()),
  cost: StackCostSchema,
  /** Head's plan: what Terraform will do when head is applied to the current state. */
  plan: StackPlanSchema.optional(),
  /** Base's plan: changes pending before this pull request (drift, or base not yet applied); no-ops when none. */
  basePlan: StackPlanSchema.optional(),
});
export type StackReview = z.infer<typeof StackReviewSchema>;

/** A replacement or deletion of a stateful resource in head's plan: it destroys the data (`--fail-on-findings` fails). */
export const PlanBlockerSchema = z.object({
  stack: z.string(),
  address: z.string(),
  type: z.string(),
  kind: StatefulKindSchema,
  action: z.enum(['replace', 'delete']),
  /** The attributes that force a replacement (`replace_paths`). */
  replacePaths: z.array(z.string()),
  actionReason: z.string().optional(),
  createBeforeDestroy: z.boolean(),
});
export type PlanBlocker = z.infer<typeof PlanBlockerSchema>;

/** A removed resource that holds data: its removal destroys the data. */
export const DataDestroySchema = z.object({
  stack: z.string(),
  address: z.string(),
  type: z.string(),
  kind: StatefulKindSchema,
  /** The whole stack is removed from the synth (its resources go only when someone destroys it). */
  stackRemoved: z.boolean(),
});
export type DataDestroy = z.infer<typeof DataDestroySchema>;

/** How a tenant moves between a pool slice and a silo. */
export const MOVE_KINDS = ['pool-to-silo', 'silo-to-pool', 'pool-to-pool'] as const;
export const MoveKindSchema = z.enum(MOVE_KINDS);
export type MoveKind = z.infer<typeof MoveKindSchema>;

/** A tenant whose `tenant-<id>` stack changes between slice (it has a `pool` output) and silo (it has none). */
export const TenantMoveSchema = z.object({
  tenantId: z.string(),
  /** `tenant-<id>`. */
  stack: z.string(),
  kind: MoveKindSchema,
  /** The pool the tenant leaves (pool-to-silo, pool-to-pool). */
  fromPool: z.string().optional(),
  /** The pool the tenant joins (silo-to-pool, pool-to-pool). */
  toPool: z.string().optional(),
  /** What to copy out before the deploy and restore after it. */
  migrate: z.array(z.string()),
  /** The deploy order, one step each. */
  steps: z.array(z.string()),
  /** Where the procedure is described. */
  docs: z.string(),
});
export type TenantMove = z.infer<typeof TenantMoveSchema>;

/** One finding, located in a stack. */
export const ReviewFindingSchema = z.object({
  stack: z.string(),
  ruleId: z.string(),
  level: z.enum(['error', 'warning']),
  address: z.string(),
  path: z.string().optional(),
  message: z.string(),
  fix: z.string(),
  /** `Pack control` references, e.g. `HIPAA 164.312(a)(2)(iv)`. */
  controls: z.array(z.string()),
  /** The line synth prints for it (`formatFinding`). */
  text: z.string(),
});
export type ReviewFinding = z.infer<typeof ReviewFindingSchema>;

/** An accepted finding in head. */
export const ReviewSuppressionSchema = z.object({
  stack: z.string(),
  ruleId: z.string(),
  level: z.enum(['error', 'warning']),
  address: z.string(),
  path: z.string().optional(),
  reason: z.string(),
  expires: z.string().optional(),
  /** `tenant` for a tenant-file suppression, `transfer-basis` for a documented GDPR transfer basis. */
  by: z.enum(['tenant', 'transfer-basis']),
});
export type ReviewSuppression = z.infer<typeof ReviewSuppressionSchema>;

export const FindingsDiffSchema = z.object({
  /** Unsuppressed findings in head that base does not have (keyed by stack, rule id and address). */
  new: z.array(ReviewFindingSchema),
  /** Unsuppressed findings in base that head no longer has. */
  resolved: z.array(ReviewFindingSchema),
  /** Findings head accepts, with the reason and expiry. */
  suppressed: z.array(ReviewSuppressionSchema),
});
export type FindingsDiff = z.infer<typeof FindingsDiffSchema>;

const Counts = z.object({ added: z.number().int(), changed: z.number().int(), removed: z.number().int() });

export const ReviewSummarySchema = z.object({
  stacks: Counts.extend({ unchanged: z.number().int() }),
  resources: Counts,
  cost: z.object({
    /** Sum over the stacks, each pool counted once (slices' pool shares left out). */
    baseUsd: z.number(),
    headUsd: z.number(),
    deltaUsd: z.number(),
  }),
  findings: z.object({
    newErrors: z.number().int(),
    newWarnings: z.number().int(),
    resolved: z.number().int(),
    suppressed: z.number().int(),
  }),
  /** Tenant ids over their tier's budget in head. */
  overBudget: z.array(z.string()),
  /** Terraform's actions from head's plans; absent when no head plan was given (replacements are then not known). */
  plans: z
    .object({
      /** Stacks of head with a plan. */
      stacks: z.number().int(),
      /** Added or changed stacks of head without a plan: what Terraform does to them is not known. */
      missing: z.array(z.string()),
      actions: PlanCountsSchema,
      /** Replacements and deletions of stateful resources. */
      blockers: z.number().int(),
    })
    .optional(),
});
export type ReviewSummary = z.infer<typeof ReviewSummarySchema>;

/** The review of a pull request's synth (head) against its base branch's synth (base). */
export const ReviewReportSchema = z.object({
  version: z.literal(1),
  /** The folders compared, as given. */
  base: z.string(),
  head: z.string(),
  summary: ReviewSummarySchema,
  /** Every stack of either side, by name. */
  stacks: z.array(StackReviewSchema),
  dataDestroys: z.array(DataDestroySchema),
  /** Stateful resources head's plans replace or delete. */
  blockers: z.array(PlanBlockerSchema),
  moves: z.array(TenantMoveSchema),
  findings: FindingsDiffSchema,
  /** What the review could not do, e.g. budgets skipped for want of tenant files. */
  notes: z.array(z.string()),
});
export type ReviewReport = z.infer<typeof ReviewReportSchema>;
