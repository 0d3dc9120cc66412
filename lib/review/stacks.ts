import { Json, isObject } from '../terraform';
import type { StackChange, StackKind } from './model';
import { compareText } from './private/order';

/** What a stack name says about the stack. */
export interface StackIdentity {
  readonly kind: StackKind;
  /** The tenant of a `tenant-<id>` or `tenant-<id>-workloads` stack. */
  readonly tenantId?: string;
}

const WORKLOADS_SUFFIX = '-workloads';

/**
 * `tenant-<id>` (a tenant's platform or slice), `tenant-<id>-workloads`, `pool-<cloud>-<region>`, or `other`.
 * `tenant-x-workloads` is the workloads stack of `x` when `tenant-x` is among `names`, else the stack of tenant `x-workloads`.
 */
export function stackIdentity(name: string, names: ReadonlySet<string>): StackIdentity {
  if (name.startsWith('pool-')) return { kind: 'pool' };
  if (!name.startsWith('tenant-')) return { kind: 'other' };
  if (name.endsWith(WORKLOADS_SUFFIX) && names.has(name.slice(0, -WORKLOADS_SUFFIX.length))) {
    return { kind: 'workloads', tenantId: name.slice('tenant-'.length, -WORKLOADS_SUFFIX.length) };
  }
  return { kind: 'tenant', tenantId: name.slice('tenant-'.length) };
}

/** Stack names of both sides, split by how they differ; `same(name)` says whether a stack on both sides is unchanged. */
export function diffStackNames(
  base: Iterable<string>,
  head: Iterable<string>,
  same: (name: string) => boolean,
): ReadonlyMap<string, StackChange> {
  const b = new Set(base);
  const h = new Set(head);
  const all = [...new Set([...b, ...h])].sort(compareText);
  return new Map(all.map((name) => [name, !b.has(name) ? 'added' : !h.has(name) ? 'removed' : same(name) ? 'unchanged' : 'changed']));
}

/** The value of a stack's output, if the JSON has it: `output.<name>.value`. */
export function outputValue(json: Json, name: string): unknown {
  const outputs = json.output;
  if (!isObject(outputs)) return undefined;
  const output = outputs[name];
  return isObject(output) ? output.value : undefined;
}

/** The pool a pooled tenant's slice belongs to (its `pool` output), or undefined for a silo. */
export function slicePool(json: Json): string | undefined {
  const pool = outputValue(json, 'pool');
  return typeof pool === 'string' ? pool : undefined;
}

/** The tenant ids a pool stack serves (its `tenants` output: a JSON array of ids). */
export function poolTenants(json: Json): string[] {
  const tenants = outputValue(json, 'tenants');
  return Array.isArray(tenants) ? tenants.filter((t): t is string => typeof t === 'string') : [];
}
