import { RolloutPlan, RolloutPlanSchema, RolloutSummary, RolloutSummarySchema } from '../model';

/** A rollout's summary as JSON, checked against its schema. */
export function renderRolloutJson(summary: RolloutSummary): string {
  return `${JSON.stringify(RolloutSummarySchema.parse(summary), null, 2)}\n`;
}

/** A rollout's plan (`--dry-run --format json`), checked against its schema. */
export function renderRolloutPlanJson(plan: RolloutPlan): string {
  return `${JSON.stringify(RolloutPlanSchema.parse(plan), null, 2)}\n`;
}
