import { Json, TerraformDocument, TfResource, isObject } from './terraform';

/** Every object of a nested block, whether Terraform JSON wrote it as an object or a list of objects. */
export function blocks(values: unknown, key: string): Json[] {
  if (!isObject(values)) return [];
  const v = values[key];
  if (Array.isArray(v)) return v.filter(isObject);
  return isObject(v) ? [v] : [];
}

/** The first object of a nested block, or undefined when the block is absent. */
export function block(values: unknown, key: string): Json | undefined {
  return blocks(values, key)[0];
}

/** Follows a dotted path through nested blocks (first object of each): `get(v, 'vpc_config.endpoint_public_access')`. */
export function get(values: unknown, path: string): unknown {
  const keys = path.split('.');
  let node: unknown = values;
  for (const [i, key] of keys.entries()) {
    if (i < keys.length - 1) {
      node = block(node, key);
    } else {
      node = isObject(node) ? node[key] : undefined;
    }
    if (node === undefined) return undefined;
  }
  return node;
}

/** True for `true` and `"true"`. */
export function isTrue(v: unknown): boolean {
  return v === true || v === 'true';
}

/** True for `false` and `"false"`. */
export function isFalse(v: unknown): boolean {
  return v === false || v === 'false';
}

/** A number, from a number or a numeric string; undefined otherwise (unset or a reference). */
export function num(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && /^-?\d+(\.\d+)?$/.test(v.trim())) return Number(v);
  return undefined;
}

/** True when the value is a non-empty string or a reference: something was configured. */
export function isSet(v: unknown): boolean {
  return (typeof v === 'string' && v.trim() !== '') || (typeof v === 'number') || (Array.isArray(v) && v.length > 0);
}

/** A list attribute as a list of strings (a single string counts as one element). */
export function strings(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return typeof v === 'string' ? [v] : [];
}

/** CIDRs that mean "the whole internet". */
export function isOpenCidr(cidr: string): boolean {
  return ['0.0.0.0/0', '::/0', '0.0.0.0', '*', 'internet', 'any'].includes(cidr.trim().toLowerCase());
}

/**
 * Addresses a value refers to: `"${aws_s3_bucket.data.id}"` -> `aws_s3_bucket.data`, `${data.x.y.json}` ->
 * `data.x.y`. Instance keys are dropped. `var.`, `local.` and the like are not resources and are left out.
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

/**
 * True when `from.values[attr]` points at `target`: by reference (`${aws_s3_bucket.x.id}`, `.bucket`, `.arn`) or,
 * in plans where values are known, by equal literal id/name/arn.
 */
export function refersTo(from: TfResource, attr: string, target: TfResource): boolean {
  const v = from.values[attr];
  if (referencedAddresses(v, from.module).includes(baseAddress(target.address))) return true;
  if (typeof v !== 'string' || v.includes('${')) return false;
  return ['id', 'bucket', 'name', 'arn'].some((k) => target.values[k] === v);
}

/** Resources of `type` whose `attr` points at `target` (e.g. the encryption configurations of a bucket). */
export function referrers(doc: TerraformDocument, type: string | readonly string[], attr: string, target: TfResource): TfResource[] {
  const types = typeof type === 'string' ? [type] : type;
  return doc.resources.filter((r) => types.includes(r.type) && refersTo(r, attr, target));
}

/** The resource or data source `v` refers to, if it is in the document. */
export function resolveReference(doc: TerraformDocument, from: TfResource, v: unknown): TfResource | undefined {
  const addresses = referencedAddresses(v, from.module);
  return [...doc.resources, ...doc.data].find((r) => addresses.includes(baseAddress(r.address)));
}

/** The first object at a dotted path of nested blocks: `blockAt(v, 'settings.ip_configuration')`. */
export function blockAt(values: unknown, path: string): Json | undefined {
  let node: unknown = values;
  for (const key of path.split('.')) {
    node = block(node, key);
    if (node === undefined) return undefined;
  }
  return node as Json;
}
