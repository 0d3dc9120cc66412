/** Marks an attribute whose value is an unresolved Terraform reference or expression (`${aws_kms_key.x.arn}`). */
export const UNKNOWN = Symbol('unknown');
export type Unknown = typeof UNKNOWN;

/** True for a string holding a Terraform interpolation: its value is only known at apply time. */
export function isUnresolved(value: unknown): boolean {
  return typeof value === 'string' && value.includes('${');
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A nested block as Terraform JSON writes it: an object, or a list of objects (the first is taken). */
export function block(value: unknown): Record<string, unknown> | undefined {
  if (Array.isArray(value)) return value.find(isRecord);
  return isRecord(value) ? value : undefined;
}

/** Every object of a nested block written as an object or a list of objects. */
export function blocks(value: unknown): Record<string, unknown>[] {
  if (Array.isArray(value)) return value.filter(isRecord);
  return isRecord(value) ? [value] : [];
}

/**
 * Reads a dotted path (`scaling_config.desired_size`) through nested blocks. Undefined when absent (or null),
 * UNKNOWN when the value or a block on the way is an unresolved reference.
 */
export function attribute(values: Record<string, unknown>, path: string): unknown {
  let current: unknown = values;
  for (const key of path.split('.')) {
    if (isUnresolved(current)) return UNKNOWN;
    const obj = block(current);
    if (!obj) return undefined;
    current = obj[key];
  }
  if (current === null) return undefined;
  return isUnresolved(current) ? UNKNOWN : current;
}

/** A number, from a number or a numeric string; UNKNOWN for references; undefined when absent or not numeric. */
export function asNumber(value: unknown): number | undefined | Unknown {
  if (value === UNKNOWN) return UNKNOWN;
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) return Number(value);
  return undefined;
}

/** A string; UNKNOWN for references; undefined when absent. Numbers and booleans are stringified. */
export function asString(value: unknown): string | undefined | Unknown {
  if (value === UNKNOWN) return UNKNOWN;
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return undefined;
}

/** A boolean, from a boolean or `"true"`/`"false"`; UNKNOWN for references; undefined when absent. */
export function asBoolean(value: unknown): boolean | undefined | Unknown {
  if (value === UNKNOWN) return UNKNOWN;
  if (typeof value === 'boolean') return value;
  if (value === 'true' || value === 'false') return value === 'true';
  return undefined;
}
