import type { PlanBlocker, PlanCounts } from '../review/model';
import { isQuietPlan, stackPlan } from '../review/plan';
import { planBlockers } from '../review/stateful';
import { readResourceChanges } from '../../lib/terraform-json';
import type { RolloutMode, RunnerBackend, StackOutcome } from './model';

/** One stack to run, with what its runner needs. */
export interface StackRun {
  readonly stack: string;
  /** Where Terraform runs for it (`<synth>/stacks/<stack>`). */
  readonly workingDirectory: string;
  /** Its Terraform JSON. */
  readonly file: string;
  readonly mode: RolloutMode;
  /** Apply even when the plan replaces or deletes stateful resources. */
  readonly allowDataLoss: boolean;
  /** The run's id, for messages the engine shows (HCP Terraform run messages). */
  readonly runId: string;
  /** Absolute path of its saved binary plan (local runs). */
  readonly savedPlan: string;
  /** Absolute path its plan JSON is written to. */
  readonly planJson: string;
  /** Appends to the stack's log. */
  readonly log: (text: string) => void;
}

/** What a runner reports; the rollout adds the wave, times and files. */
export type StackResult = Pick<StackOutcome, 'status' | 'message' | 'blockers'> & Partial<Pick<StackOutcome, 'actions' | 'runUrl' | 'policyChecks'>> & {
  /** Whether the plan JSON was written. */
  readonly planWritten?: boolean;
};

/** Runs one stack's Terraform somewhere. */
export interface StackRunner {
  readonly backend: RunnerBackend;
  run(run: StackRun): Promise<StackResult>;
}

/** What a plan does: counts per action and the stateful resources it replaces or deletes. */
export interface PlanAssessment {
  readonly actions: PlanCounts;
  readonly blockers: PlanBlocker[];
  /** True when it changes nothing. */
  readonly quiet: boolean;
}

/** Reads a plan's JSON (`terraform show -json`) the way `tenants review` does. */
export function assessPlan(stack: string, planJson: unknown, file: string): PlanAssessment {
  const plan = stackPlan({ file, changes: readResourceChanges(planJson, file) });
  return { actions: plan.actions, blockers: planBlockers(stack, plan.changes), quiet: isQuietPlan(plan.actions) };
}

/** The counts of a plan as `+create ~update ±replace -delete`. */
export function planLine(a: PlanCounts): string {
  return `+${a.create} ~${a.update} ±${a.replace} -${a.delete}`;
}

/**
 * What to do once a stack is planned: stop at the plan (plan mode), skip an empty plan, refuse a plan that destroys
 * stateful resources unless allowed, or apply.
 */
export function afterPlan(mode: RolloutMode, plan: PlanAssessment, allowDataLoss: boolean): { next: 'apply' } | { next: 'stop'; result: StackResult } {
  const base = { actions: plan.actions, blockers: plan.blockers, planWritten: true };
  if (mode === 'plan') return { next: 'stop', result: { ...base, status: 'planned', message: `planned ${planLine(plan.actions)}` } };
  if (plan.quiet) return { next: 'stop', result: { ...base, status: 'no-changes', message: 'no changes to apply' } };
  if (plan.blockers.length > 0 && !allowDataLoss) {
    const what = plan.blockers.map((b) => `${b.action} ${b.address}${b.replacePaths.length > 0 ? ` (${b.replacePaths.join(', ')})` : ''}`).join(', ');
    return {
      next: 'stop',
      result: { ...base, status: 'refused', message: `not applied: the plan destroys stateful resources: ${what}; review it, then resume with --allow-data-loss if that is intended` },
    };
  }
  return { next: 'apply' };
}
