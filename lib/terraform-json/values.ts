/** Reading attribute values of Terraform JSON: nested blocks, dotted paths, coercions and unresolved references. */

/** A JSON object, as Terraform JSON uses them. */
export type Json = Record<string, unknown>;

/** Marks a value that is an unresolved Terraform reference or expression (`${aws_kms_key.x.arn}`). */
export const UNKNOWN = Symbol('unknown');
export type Unknown = typeof UNKNOWN;

export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** True for a string holding a Terraform interpolation: its value is only known at apply time. */
export function isUnresolved(value: unknown): boolean {
  return typeof value === 'string' && value.includes('${');
}

/** The first object of a value written as an object or a list of objects. */
function firstObject(v: unknown): Json | undefined {
  return Array.isArray(v) ? v.find(isObject) : isObject(v) ? v : undefined;
}

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

/** Follows a dotted path through nested blocks (first object of each); UNKNOWN when a block on the way is a reference. */
function follow(values: unknown, path: string): unknown {
  let node = values;
  for (const key of path.split('.')) {
    if (isUnresolved(node)) return UNKNOWN;
    const obj = firstObject(node);
    if (!obj) return undefined;
    node = obj[key];
  }
  return node;
}

/**
 * The value at a dotted path through nested blocks (first object of each), as written: references stay `${...}`
 * strings. `get(v, 'vpc_config.endpoint_public_access')`. Undefined when a block on the way is absent.
 */
export function get(values: unknown, path: string): unknown {
  const value = follow(values, path);
  return value === UNKNOWN ? undefined : value;
}

/**
 * The value at a dotted path (`scaling_config.desired_size`), for computing with: undefined when absent (or null),
 * UNKNOWN when the value or a block on the way is an unresolved reference.
 */
export function attribute(values: unknown, path: string): unknown {
  const value = follow(values, path);
  if (value === null) return undefined;
  return isUnresolved(value) ? UNKNOWN : value;
}

/** The first object at a dotted path of nested blocks: `blockAt(v, 'settings.ip_configuration')`. */
export function blockAt(values: unknown, path: string): Json | undefined {
  return firstObject(follow(values, path));
}

/** A number, from a number or a numeric string; UNKNOWN for references; undefined when absent or not numeric. */
export function asNumber(value: unknown): number | undefined | Unknown {
  if (value === UNKNOWN || isUnresolved(value)) return UNKNOWN;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

/** A string; UNKNOWN for references; undefined when absent. Numbers and booleans are stringified. */
export function asString(value: unknown): string | undefined | Unknown {
  if (value === UNKNOWN || isUnresolved(value)) return UNKNOWN;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/**
 * A boolean, from a boolean or a string Terraform converts to one (`"true"`, `"false"`, `"1"`, `"0"`: go-cty's
 * string-to-bool conversion, and the AWS provider's string-typed flags); UNKNOWN for references; undefined when
 * absent.
 */
export function asBoolean(value: unknown): boolean | undefined | Unknown {
  if (value === UNKNOWN || isUnresolved(value)) return UNKNOWN;
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === '1') return true;
  if (value === 'false' || value === '0') return false;
  return undefined;
}

/** A known number, from a number or a numeric string; undefined otherwise (unset or a reference). */
export function num(v: unknown): number | undefined {
  const n = asNumber(v);
  return typeof n === 'number' ? n : undefined;
}

/** True for `true`, `"true"` and `"1"`. */
export function isTrue(v: unknown): boolean {
  return asBoolean(v) === true;
}

/** True for `false`, `"false"` and `"0"`. */
export function isFalse(v: unknown): boolean {
  return asBoolean(v) === false;
}

/** True when the value is a non-empty string, a number, a non-empty list or a reference: something was configured. */
export function isSet(v: unknown): boolean {
  return (typeof v === 'string' && v.trim() !== '') || typeof v === 'number' || (Array.isArray(v) && v.length > 0);
}

/** A list attribute as a list of strings (a single string counts as one element). */
export function strings(v: unknown): string[] {
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return typeof v === 'string' ? [v] : [];
}
