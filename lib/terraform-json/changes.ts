/**
 * What Terraform itself plans to do, from `terraform show -json <planfile>`: `resource_changes[]`, one entry per
 * resource instance, with `change.actions`, `action_reason` and, for replacements, `change.replace_paths` (the
 * attributes that force it). The format is Terraform's "JSON Output Format"
 * (https://developer.hashicorp.com/terraform/internals/json-format, "Change Representation"); the action reasons are
 * the constants of terraform's internal/command/jsonplan/plan.go (`replace_because_cannot_update`,
 * `delete_because_no_resource_config`, ...).
 */
import { z } from 'zod';
import { TerraformInputError } from './document';
import { isObject } from './values';

/**
 * One action per resource instance, as a reviewer reads it. Terraform writes a list: `["delete","create"]` and
 * `["create","delete"]` are both a replacement (destroy first, or create first for `create_before_destroy`);
 * `forget` (Terraform 1.7+, a `removed` block with `destroy = false`) drops it from state and keeps the object.
 */
export const PLAN_ACTIONS = ['create', 'update', 'replace', 'delete', 'no-op', 'read', 'forget'] as const;
export type PlanAction = (typeof PLAN_ACTIONS)[number];

/** The part of a `resource_changes[]` entry this library reads; unknown keys are ignored (the format adds them in minor versions). */
const ResourceChangeSchema = z.object({
  address: z.string(),
  mode: z.enum(['managed', 'data']).optional(),
  type: z.string(),
  name: z.string().optional(),
  /** Set when the object is a deposed one (a `create_before_destroy` leftover). */
  deposed: z.string().optional(),
  /** The address in the previous run, when a `moved` block moved it. */
  previous_address: z.string().optional(),
  action_reason: z.string().optional(),
  change: z.object({
    actions: z.array(z.string()).min(1),
    /** Paths into the resource's attributes: each a list of attribute names (strings) and element keys (numbers or strings). */
    replace_paths: z.array(z.array(z.union([z.string(), z.number()]))).optional(),
  }),
});

/** One resource instance Terraform plans to act on. */
export interface ResourceChange {
  /** Instance address: `aws_db_instance.db`, `module.net.aws_subnet.a[0]`. */
  readonly address: string;
  readonly type: string;
  readonly mode: 'managed' | 'data';
  readonly action: PlanAction;
  /** Terraform's actions as written (`["delete","create"]`). */
  readonly actions: readonly string[];
  /** For a replacement: the attributes whose change forces it, as paths (`engine`, `ebs_block_device[0].volume_size`, `tags["Name"]`). */
  readonly replacePaths: readonly string[];
  /** Terraform's reason for a replacement, deletion or deferred read (`replace_because_cannot_update`). */
  readonly actionReason?: string;
  /** A replacement that creates the new object before destroying the old one (`create_before_destroy`). */
  readonly createBeforeDestroy: boolean;
  /** The deposed object's key, when the change is to a deposed object. */
  readonly deposed?: string;
  /** Where a `moved` block moved it from. */
  readonly previousAddress?: string;
}

/** Terraform's action list as one action; undefined for a list this reader does not know. */
export function planAction(actions: readonly string[]): PlanAction | undefined {
  const set = new Set(actions);
  if (set.has('delete') && set.has('create')) return 'replace';
  // `["create","forget"]`: a replacement that forgets the old object instead of destroying it, still a new object.
  if (set.has('forget') && set.has('create')) return 'replace';
  if (actions.length !== 1) return undefined;
  const only = actions[0];
  return (PLAN_ACTIONS as readonly string[]).includes(only) && only !== 'replace' ? (only as PlanAction) : undefined;
}

/**
 * One path of `replace_paths` in Terraform's address syntax: `engine`, `ebs_block_device[0].volume_size`. The JSON
 * does not tell an attribute name from a map key (both are strings), so a key that is not a valid name is quoted
 * (`tags["cost-center/x"]`) and one that is reads as an attribute (`tags.Name`).
 */
export function formatAttributePath(path: readonly (string | number)[]): string {
  return path
    .map((step, i) => (typeof step === 'number' ? `[${step}]` : i === 0 ? step : /^[A-Za-z_][A-Za-z0-9_-]*$/.test(step) ? `.${step}` : `[${JSON.stringify(step)}]`))
    .join('');
}

/** True for JSON that has Terraform's `resource_changes` (a plan, not a state or a configuration). */
export function hasResourceChanges(json: unknown): boolean {
  return isObject(json) && Array.isArray(json.resource_changes);
}

/**
 * The resource changes of a plan's JSON, in the plan's order.
 * @param file the plan file, named in errors.
 * @throws TerraformInputError when the JSON has no `resource_changes` list (not `terraform show -json` of a plan)
 *   or an entry is not a resource change.
 */
export function readResourceChanges(json: unknown, file?: string): ResourceChange[] {
  const where = file === undefined ? '' : `${file}: `;
  if (!hasResourceChanges(json)) {
    throw new TerraformInputError(
      `${where}not a plan: no "resource_changes" list; give the output of \`terraform show -json <planfile>\``,
      isObject(json) ? 'not-terraform' : 'not-an-object',
      file,
    );
  }
  return ((json as { resource_changes: unknown[] }).resource_changes).map((entry, i) => {
    const parsed = ResourceChangeSchema.safeParse(entry);
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw new TerraformInputError(
        `${where}resource_changes[${i}].${issue.path.join('.') || '(entry)'}: ${issue.message}; give the output of \`terraform show -json <planfile>\``,
        'not-terraform',
        file,
      );
    }
    const r = parsed.data;
    const action = planAction(r.change.actions);
    if (!action) {
      throw new TerraformInputError(`${where}resource_changes[${i}] (${r.address}): unknown actions ${JSON.stringify(r.change.actions)}`, 'not-terraform', file);
    }
    return {
      address: r.address,
      type: r.type,
      mode: r.mode ?? (r.address.startsWith('data.') || r.address.includes('.data.') ? 'data' : 'managed'),
      action,
      actions: r.change.actions,
      replacePaths: action === 'replace' ? (r.change.replace_paths ?? []).map(formatAttributePath) : [],
      ...(r.action_reason !== undefined ? { actionReason: r.action_reason } : {}),
      createBeforeDestroy: action === 'replace' && r.change.actions[0] === 'create',
      ...(r.deposed !== undefined ? { deposed: r.deposed } : {}),
      ...(r.previous_address !== undefined ? { previousAddress: r.previous_address } : {}),
    };
  });
}
