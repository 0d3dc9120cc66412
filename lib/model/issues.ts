import type { z } from 'zod';

/**
 * Zod issues in the words of a tenant file: what the field must be, what it got, and how to fix it, on one line.
 * Schemas that carry their own message (`'an S3 bucket name'`) keep it; zod's generic wording ("Invalid input",
 * "Too small: expected number to be >0") is replaced. Parse with `{ reportInput: true }` so issues carry the value.
 */
export function describeIssue(issue: z.core.$ZodIssue): string {
  const got = issue.input === undefined ? '' : ` (got ${shown(issue.input)})`;
  const own = isCustomMessage(issue.message) ? issue.message : undefined;
  // A schema's own message is a noun phrase ('an S3 bucket name') or an instruction ('use lowercase letters ...').
  const custom = own && /^(a|an) /.test(own) ? `be ${own}` : own;
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return own ? `is required (${own})` : 'is required';
      if (custom) return `${phrase(custom)}${got}${typeFix(issue.expected, issue.input)}`;
      return `must be ${typeName(issue.expected)}${got}${typeFix(issue.expected, issue.input)}`;
    case 'too_small':
      return custom ? `${phrase(custom)}${got}` : `${bound('at least', 'greater than', issue.minimum, issue.inclusive, issue.origin)}${got}`;
    case 'too_big':
      return custom ? `${phrase(custom)}${got}` : `${bound('at most', 'less than', issue.maximum, issue.inclusive, issue.origin)}${got}`;
    case 'invalid_value':
      return custom ? `${phrase(custom)}${got}` : `must be ${oneOf(issue.values)}${got}`;
    case 'invalid_format':
      if (custom) return `${phrase(custom)}${got}`;
      return `must be ${issue.format === 'date' ? 'a date written YYYY-MM-DD' : `a valid ${issue.format}`}${got}`;
    case 'invalid_union':
      return custom ? `${phrase(custom)}${got}` : describeUnion(issue, got);
    case 'not_multiple_of':
      return `must be a multiple of ${String(issue.divisor)}${got}`;
    case 'unrecognized_keys':
      return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `'${k}'`).join(', ')}; remove or fix the spelling`;
    case 'invalid_key':
      return issue.issues.length > 0 ? `key ${shown(issue.input)} ${describeIssue({ ...issue.issues[0], input: undefined } as z.core.$ZodIssue)}` : `has an invalid key${got}`;
    case 'invalid_element':
      return `has an invalid element${got}`;
    case 'custom':
      return issue.message;
  }
}

/** `be an S3 bucket name` -> `must be an S3 bucket name`; an instruction stays as it is. */
function phrase(custom: string): string {
  return custom.startsWith('be ') ? `must ${custom}` : custom;
}

/** Zod's own messages start like this; messages a schema gives are kept as they are. */
function isCustomMessage(message: string): boolean {
  return !/^(Invalid|Too (small|big)|Unrecognized|Expected)/.test(message);
}

function describeUnion(issue: z.core.$ZodIssueInvalidUnion, got: string): string {
  const discriminator = (issue as { discriminator?: string }).discriminator;
  const options = (issue as { options?: readonly unknown[] }).options;
  if (discriminator && options) {
    const input = issue.input as Record<string, unknown> | undefined;
    const value = input && typeof input === 'object' ? input[discriminator] : undefined;
    return value === undefined ? 'is required' : `must be ${oneOf(options)} (got ${shown(value)})`;
  }
  // A union of literals (e.g. the retention days a cloud accepts): list them.
  const values = issue.errors.flatMap((branch) => branch.flatMap((i) => (i.code === 'invalid_value' ? i.values : [undefined])));
  if (values.length > 0 && values.every((v) => v !== undefined)) return `must be ${oneOf(values)}${got}`;
  return `is not any of the accepted forms${got}`;
}

function bound(inclusiveWord: string, exclusiveWord: string, limit: unknown, inclusive: boolean | undefined, origin: string): string {
  const n = Number(limit);
  const what = origin === 'string' ? ' characters' : origin === 'array' || origin === 'set' ? ' entries' : '';
  if (origin === 'number' && n === 0 && !inclusive && exclusiveWord === 'greater than') return 'must be a positive number';
  return `must be ${inclusive === false ? exclusiveWord : inclusiveWord} ${String(limit)}${what}`;
}

function typeName(expected: string): string {
  switch (expected) {
    case 'int':
      return 'a whole number';
    case 'number':
      return 'a finite number';
    case 'string':
      return 'text';
    case 'boolean':
      return 'true or false';
    case 'array':
      return 'a list';
    case 'object':
    case 'record':
      return 'a mapping (key: value lines)';
    default:
      return `a ${expected}`;
  }
}

/** A hint for the usual YAML slips: a number in quotes, a number where text was meant, a single value for a list. */
function typeFix(expected: string, input: unknown): string {
  if ((expected === 'number' || expected === 'int') && typeof input === 'string' && input.trim() !== '' && !Number.isNaN(Number(input))) {
    return '; remove the quotes';
  }
  if (expected === 'string' && (typeof input === 'number' || typeof input === 'boolean')) return '; put the value in quotes';
  if (expected === 'array' && typeof input === 'string') return `; write it as a list: [${input}]`;
  return '';
}

function oneOf(values: readonly unknown[]): string {
  return values.length === 1 ? shown(values[0]) : `one of: ${values.map((v) => (typeof v === 'string' ? v : String(v))).join(', ')}`;
}

/** A value as a message shows it: short, on one line, YAML's spelling for the special numbers. */
export function shown(value: unknown): string {
  if (value === null) return 'null';
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return '.nan';
    if (!Number.isFinite(value)) return value > 0 ? '.inf' : '-.inf';
    return String(value);
  }
  if (typeof value === 'string') return `'${oneLine(value)}'`;
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

/** At most 60 characters, control characters escaped, so a value never breaks a one-line message. */
export function oneLine(text: string): string {
  const escaped = text.replace(/[\u0000-\u001f\u007f]/g, (c) => `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`);
  return escaped.length > 60 ? `${escaped.slice(0, 57)}...` : escaped;
}
