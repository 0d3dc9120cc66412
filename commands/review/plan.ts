import * as fs from 'fs';
import { PLAN_ACTIONS, ResourceChange, TerraformDocument, TerraformInputError, readResourceChanges } from '../../lib/terraform-json';
import type { PlanCounts, PlannedChange, StackPlan } from './model';
import { compareText } from './private/order';
import { statefulKind } from './stateful';

/** A stack's plan as read from its file: Terraform's resource changes. */
export interface PlanInput {
  readonly file: string;
  readonly changes: readonly ResourceChange[];
}

/** A plan file the review cannot use; the message names the file and how to make a usable one. */
export class PlanInputError extends Error {
  override readonly name = 'PlanInputError';
}

const HOW = 'write it with `terraform plan -out=tfplan && terraform show -json tfplan > <file>`';

/**
 * Reads a `terraform show -json` plan file.
 * @throws PlanInputError naming the file when it cannot be read, is not JSON or is not a plan.
 */
export function readPlanFile(file: string): PlanInput {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    throw new PlanInputError(`cannot read plan '${file}' (${(e as NodeJS.ErrnoException).code ?? String(e)}); ${HOW}`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    throw new PlanInputError(`plan '${file}' is not valid JSON (${e instanceof Error ? e.message : String(e)}); ${HOW}`);
  }
  try {
    return { file, changes: readResourceChanges(json, file) };
  } catch (e) {
    if (e instanceof TerraformInputError) throw new PlanInputError(`${e.message.replace(/; give the output of .*$/, '')}; ${HOW}`);
    throw e;
  }
}

/** Zero of every action. */
export function emptyPlanCounts(): PlanCounts {
  return Object.fromEntries(PLAN_ACTIONS.map((a) => [a, 0])) as PlanCounts;
}

/** Adds counts up. */
export function addPlanCounts(a: PlanCounts, b: PlanCounts): PlanCounts {
  return Object.fromEntries(PLAN_ACTIONS.map((k) => [k, a[k] + b[k]])) as PlanCounts;
}

/** True when a plan changes nothing (only no-ops and reads). */
export function isQuietPlan(counts: PlanCounts): boolean {
  return counts.create + counts.update + counts.replace + counts.delete + counts.forget === 0;
}

/** `aws_subnet.private[0]` -> `aws_subnet.private`: the configuration block an instance belongs to. */
function blockAddress(address: string): string {
  return address.replace(/\[[^\]]*\]$/, '');
}

/**
 * Managed resources the plan and the configuration disagree on: blocks the configuration has that the plan does not
 * plan (or the reverse), ignoring what the plan deletes or forgets (gone from the configuration on purpose) and
 * blocks whose instance count is an expression or zero. Non-empty means the plan was made from another synth.
 */
function mismatched(changes: readonly ResourceChange[], doc: TerraformDocument): string[] {
  const uncertain = new Set(doc.resources.filter((r) => typeof r.count !== 'number' || r.count === 0).map((r) => r.address));
  const configured = new Set(doc.resources.map((r) => r.address).filter((a) => !uncertain.has(a)));
  const planned = new Set(
    changes
      .filter((c) => c.mode === 'managed' && c.deposed === undefined && c.action !== 'delete' && c.action !== 'forget')
      .map((c) => blockAddress(c.address))
      .filter((a) => !uncertain.has(a)),
  );
  return [...[...configured].filter((a) => !planned.has(a)), ...[...planned].filter((a) => !configured.has(a))].sort(compareText);
}

/**
 * A plan as the review reports it: counts per action, the instances Terraform acts on (no-ops left out) with what
 * they hold, and, given the configuration the plan should come from, the resources they disagree on.
 */
export function stackPlan(plan: PlanInput, doc?: TerraformDocument): StackPlan {
  const actions = emptyPlanCounts();
  const changes: PlannedChange[] = [];
  for (const c of plan.changes) {
    actions[c.action]++;
    if (c.action === 'no-op') continue;
    const stateful = c.mode === 'managed' ? statefulKind(c.type) : undefined;
    changes.push({
      address: c.deposed === undefined ? c.address : `${c.address} (deposed ${c.deposed})`,
      type: c.type,
      action: c.action,
      replacePaths: [...c.replacePaths],
      ...(c.actionReason !== undefined ? { actionReason: c.actionReason } : {}),
      createBeforeDestroy: c.createBeforeDestroy,
      ...(stateful ? { stateful } : {}),
    });
  }
  return {
    file: plan.file,
    actions,
    changes: changes.sort((a, b) => compareText(a.address, b.address)),
    mismatched: doc ? mismatched(plan.changes, doc) : [],
  };
}

/** Terraform's action reasons in words (terraform internal/command/jsonplan/plan.go; the plan renderer's wording). */
export const ACTION_REASONS: Readonly<Record<string, string>> = {
  replace_because_cannot_update: 'cannot be updated in place',
  replace_because_tainted: 'tainted',
  replace_by_request: 'replacement requested (-replace)',
  replace_by_triggers: 'replace_triggered_by',
  delete_because_no_resource_config: 'no longer in the configuration',
  delete_because_wrong_repetition: 'count or for_each added or removed',
  delete_because_count_index: 'count index out of range',
  delete_because_each_key: 'for_each key no longer present',
  delete_because_no_module: 'its module is no longer in the configuration',
  delete_because_no_move_target: 'moved to an address with no configuration',
  read_because_config_unknown: 'its configuration refers to values not yet known',
  read_because_dependency_pending: 'depends on a resource with changes pending',
  read_because_check_nested: 'read again for a check block',
};

/** An action reason in words, or the reason itself when this library does not know it. */
export function describeActionReason(reason: string): string {
  return ACTION_REASONS[reason] ?? reason;
}
