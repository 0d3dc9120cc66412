import type { TerraformDocument, TerraformResource } from './document';
import { isObject, isUnresolved } from './values';

/** Attributes a plan shows as literals where the configuration referenced another resource. */
const LITERAL_KEYS = ['id', 'bucket', 'name', 'arn'];

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

/** Drops instance keys: `aws_s3_bucket.data[0]` -> `aws_s3_bucket.data`. */
export function baseAddress(address: string): string {
  return address.replace(/\[[^\]]*\]/g, '');
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
  if (typeof value !== 'string' || value === '') return false;
  if (isUnresolved(value) && !isOpaqueExpression(value)) return false;
  return LITERAL_KEYS.some((k) => target.values[k] === value);
}

/** True when `from.values[attr]` points at `target` (see `pointsAt`). */
export function refersTo(from: TerraformResource, attr: string, target: TerraformResource): boolean {
  return pointsAt(from.values[attr], target, from.module);
}

/** Resources of `type` whose `attr` points at `target` (e.g. the encryption configurations of a bucket). */
export function referrers(doc: TerraformDocument, type: string | readonly string[], attr: string, target: TerraformResource): TerraformResource[] {
  const types = typeof type === 'string' ? [type] : type;
  return doc.resources.filter((r) => types.includes(r.type) && refersTo(r, attr, target));
}

/**
 * The resource or data source `v` (an attribute of `from`) refers to, if it is in the document: by reference, or
 * (see `pointsAt`) by a literal or unknown expression equal to its id, name, bucket or arn, as a plan shows a
 * parameter group's name where the configuration referenced it.
 */
export function resolveReference(doc: TerraformDocument, from: TerraformResource, v: unknown): TerraformResource | undefined {
  const addresses = referencedAddresses(v, from.module);
  const all = [...doc.resources, ...doc.data];
  if (addresses.length > 0) return all.find((r) => addresses.includes(baseAddress(r.address)));
  return all.find((r) => r !== from && pointsAt(v, r, from.module));
}

/**
 * The resource of `type` a value points at (see `pointsAt`): an interpolation (`${aws_launch_template.nodes.id}`) or,
 * in plans where references are already values, a literal equal to the target's name or id. Undefined when nothing
 * matches.
 */
export function referencedResource(doc: TerraformDocument, value: unknown, type: string, module = ''): TerraformResource | undefined {
  return doc.resources.find((r) => r.type === type && pointsAt(value, r, module));
}
