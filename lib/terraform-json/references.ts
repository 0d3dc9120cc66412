import type { TerraformDocument, TerraformResource } from './document';
import { LITERAL_KEYS, baseAddress, referrerIndex, resourcesAt, resourcesOfType, resourcesWithLiteral } from './resource-index';
import { isObject, isUnresolved } from './values';

export { baseAddress };

/**
 * Addresses a value refers to: `"${aws_s3_bucket.data.id}"` -> `aws_s3_bucket.data`, `${data.x.y.json}` ->
 * `data.x.y`. Instance keys are dropped; `module` prefixes references without one. `var.`, `local.` and the like are
 * not resources and are left out.
 */
export function referencedAddresses(v: unknown, module = ''): string[] {
  const out: string[] = [];
  const visit = (x: unknown) => {
    if (typeof x === 'string') {
      for (const m of x.matchAll(/\$\{([^}]*)\}/g)) {
        const re = /\b((?:module\.[A-Za-z0-9_-]+\.)*)(data\.)?([a-z][a-z0-9]*_[a-z0-9_]+)\.([A-Za-z_][A-Za-z0-9_-]*)/g;
        for (const r of m[1].matchAll(re)) {
          const address = `${r[1] || module}${r[2] ?? ''}${r[3]}.${r[4]}`;
          if (!out.includes(address)) out.push(address);
        }
      }
    } else if (Array.isArray(x)) {
      x.forEach(visit);
    } else if (isObject(x)) {
      Object.values(x).forEach(visit);
    }
  };
  visit(v);
  return out;
}

/** True for a `${...}` that names no resource: a variable, local or function of them that stayed unknown. */
function isOpaqueExpression(value: string): boolean {
  return isUnresolved(value) && referencedAddresses(value).length === 0;
}

/**
 * True when `value` (an attribute of a resource in `module`) points at `target`: by reference
 * (`${aws_s3_bucket.x.id}`, `.bucket`, `.arn`); by an equal literal id, bucket, name or arn (plans, where values are
 * known, or two resources given the same variable's value); or by the same unknown expression (a bucket and its
 * versioning both set from `var.bucket_name` when the variable has no value).
 */
export function pointsAt(value: unknown, target: TerraformResource, module = ''): boolean {
  if (referencedAddresses(value, module).includes(baseAddress(target.address))) return true;
  return comparesAsLiteral(value) && LITERAL_KEYS.some((k) => target.values[k] === value);
}

/** True when `pointsAt` compares `value` with a target's id, bucket, name or arn: a literal, or an opaque expression. */
function comparesAsLiteral(value: unknown): value is string {
  return typeof value === 'string' && value !== '' && (!isUnresolved(value) || isOpaqueExpression(value));
}

/** True when `from.values[attr]` points at `target` (see `pointsAt`). */
export function refersTo(from: TerraformResource, attr: string, target: TerraformResource): boolean {
  return pointsAt(from.values[attr], target, from.module);
}

/**
 * Resources of `type` whose `attr` points at `target` (e.g. the encryption configurations of a bucket), in document
 * order: the same answer as filtering every resource with `refersTo`, from an index built once per document
 * (lib/terraform-json/resource-index.ts), so checking every bucket stays linear in the resources.
 */
export function referrers(doc: TerraformDocument, type: string | readonly string[], attr: string, target: TerraformResource): TerraformResource[] {
  const types = typeof type === 'string' ? [type] : type;
  const { byAddress, byLiteral, position } = referrerIndex(doc, types, attr, referencedAddresses, comparesAsLiteral);
  const found = new Set(byAddress.get(baseAddress(target.address)) ?? []);
  for (const k of LITERAL_KEYS) {
    const literal = target.values[k];
    if (typeof literal === 'string') for (const r of byLiteral.get(literal) ?? []) found.add(r);
  }
  return [...found].sort((a, b) => position.get(a)! - position.get(b)!);
}

/**
 * The resource or data source `v` (an attribute of `from`) refers to, if it is in the document: by reference, or
 * (see `pointsAt`) by a literal or unknown expression equal to its id, name, bucket or arn, as a plan shows a
 * parameter group's name where the configuration referenced it.
 */
export function resolveReference(doc: TerraformDocument, from: TerraformResource, v: unknown): TerraformResource | undefined {
  const addresses = referencedAddresses(v, from.module);
  if (addresses.length > 0) return resourcesAt(doc, addresses)[0];
  return comparesAsLiteral(v) ? resourcesWithLiteral(doc, undefined, v).find((r) => r !== from) : undefined;
}

/**
 * The resource of `type` a value points at (see `pointsAt`): an interpolation (`${aws_launch_template.nodes.id}`) or,
 * in plans where references are already values, a literal equal to the target's name or id. Undefined when nothing
 * matches.
 */
export function referencedResource(doc: TerraformDocument, value: unknown, type: string, module = ''): TerraformResource | undefined {
  const byReference = resourcesAt(doc, referencedAddresses(value, module)).filter((r) => r.type === type && r.mode === 'managed');
  const byLiteral = comparesAsLiteral(value) ? resourcesWithLiteral(doc, type, value) : [];
  const candidates = new Set([...byReference, ...byLiteral]);
  return candidates.size <= 1 ? [...candidates][0] : resourcesOfType(doc, type).find((r) => candidates.has(r));
}
