import { Json, isObject } from '../../lib/terraform-json';
import { POOL_TENANTS_OUTPUT, poolTenantIds } from '../../lib/synth-layout';
import type { StackChange } from './model';
import { compareText } from './private/order';

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
  return poolTenantIds({ [POOL_TENANTS_OUTPUT]: outputValue(json, POOL_TENANTS_OUTPUT) });
}
