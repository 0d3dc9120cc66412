/**
 * Terraform expressions as policy checks need them: the `${...}` templates of Terraform's JSON syntax, evaluated
 * where every value they use is known (`var.x` with a default or a given value, `local.y`, literals, operators and a
 * few pure functions), and left as `${...}` text where something is only known at apply time (another resource's
 * attribute, `count.index`, a variable without a value). What cannot be parsed stays exactly as written.
 */
import { isObject, type Json } from './values';

/** A value only known at apply time (or without a variable's value); `text` is the HCL expression that makes it. */
export class UnknownExpression {
  constructor(readonly text: string) {}
}

/** A known JSON value, one with unknown parts inside it (`{ arn = <unknown> }`), or an unknown value. */
export type Value = unknown;

/** What names in an expression resolve to. */
export interface Scope {
  /** `var.<name>`: the value, or an `UnknownExpression` when it has none. Undefined when no such variable is declared. */
  readonly variable: (name: string) => Value | undefined;
  /** `local.<name>`: the evaluated value. Undefined when no such local is declared. */
  readonly local: (name: string) => Value | undefined;
}

/** Thrown inside the parser: the expression uses syntax this reader does not evaluate, so it stays as written. */
class Unsupported extends Error {}

type Token = { kind: 'num'; value: number } | { kind: 'str'; value: string } | { kind: 'id'; value: string } | { kind: 'op'; value: string };

const OPERATORS = ['==', '!=', '<=', '>=', '&&', '||', '...', '=>', '(', ')', '[', ']', '{', '}', ',', '.', ':', '?', '!', '+', '-', '*', '/', '%', '<', '>', '='];

/** Index just past the `}` that closes a `${` (or `{`) opened before `from`, minding nested braces and strings. */
export function closingBrace(text: string, from: number): number {
  let depth = 1;
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      i = closingQuote(text, i + 1);
      if (i < 0) return -1;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  return -1;
}

/** Index of the `"` closing a string that starts at `from` (just after its opening quote), or -1. */
function closingQuote(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === '"') return i;
    else if (c === '$' && text[i + 1] === '{') {
      const end = closingBrace(text, i + 2);
      if (end < 0) return -1;
      i = end - 1;
    }
  }
  return -1;
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (/\s/.test(c)) {
      i++;
    } else if (/[0-9]/.test(c)) {
      const m = /^[0-9]+(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(text.slice(i))!;
      tokens.push({ kind: 'num', value: Number(m[0]) });
      i += m[0].length;
    } else if (c === '"') {
      const end = closingQuote(text, i + 1);
      if (end < 0) throw new Unsupported('unterminated string');
      tokens.push({ kind: 'str', value: text.slice(i + 1, end) });
      i = end + 1;
    } else if (/[A-Za-z_]/.test(c)) {
      const m = /^[A-Za-z_][A-Za-z0-9_-]*/.exec(text.slice(i))!;
      tokens.push({ kind: 'id', value: m[0] });
      i += m[0].length;
    } else {
      const op = OPERATORS.find((o) => text.startsWith(o, i));
      if (!op) throw new Unsupported(`unexpected '${c}'`);
      tokens.push({ kind: 'op', value: op });
      i += op.length;
    }
  }
  return tokens;
}

/** `"a\nb"` escapes of an HCL quoted string. */
function unescape(raw: string): string {
  return raw.replace(/\\(u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|.)/g, (_, e: string) => {
    if (e[0] === 'u' || e[0] === 'U') return String.fromCodePoint(parseInt(e.slice(1), 16));
    return ({ n: '\n', t: '\t', r: '\r', '"': '"', '\\': '\\' } as Record<string, string>)[e] ?? e;
  });
}

/** Renders a value as HCL, for the text of an unknown expression built from it. */
export function toHcl(v: Value): string {
  if (v instanceof UnknownExpression) return v.text;
  if (typeof v === 'string') return JSON.stringify(v);
  if (Array.isArray(v)) return `[${v.map(toHcl).join(', ')}]`;
  if (isObject(v)) return `{${Object.entries(v).map(([k, x]) => `${JSON.stringify(k)} = ${toHcl(x)}`).join(', ')}}`;
  return String(v);
}

/** True when a value has no unknown part. */
export function isKnown(v: Value): boolean {
  if (v instanceof UnknownExpression) return false;
  if (Array.isArray(v)) return v.every(isKnown);
  if (isObject(v)) return Object.values(v).every(isKnown);
  return true;
}

/** UnknownExpression parts become `${...}` strings, the convention of Terraform JSON for values known at apply time. */
export function materialize(v: Value): unknown {
  if (v instanceof UnknownExpression) return `\${${v.text}}`;
  if (Array.isArray(v)) return v.map(materialize);
  if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, materialize(x)]));
  return v;
}

/** Terraform's conversions of primitive values: `"true"` is a bool, `"3"` a number. */
function toBool(v: Value): boolean | UnknownExpression {
  if (typeof v === 'boolean') return v;
  if (v === 'true' || v === 'false') return v === 'true';
  if (v instanceof UnknownExpression) return v;
  throw new Unsupported('not a bool');
}

function toNum(v: Value): number | UnknownExpression {
  if (typeof v === 'number') return v;
  if (typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))) return Number(v);
  if (v instanceof UnknownExpression) return v;
  throw new Unsupported('not a number');
}

function toStr(v: Value): string | UnknownExpression {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v instanceof UnknownExpression) return v;
  throw new Unsupported('not a string');
}

function equal(a: Value, b: Value): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** Pure functions evaluated when their arguments are known; any other call is unknown. */
const FUNCTIONS: Record<string, (args: Value[]) => Value> = {
  tostring: ([v]) => (v === null ? null : toStr(v)),
  tonumber: ([v]) => (v === null ? null : toNum(v)),
  tobool: ([v]) => (v === null ? null : toBool(v)),
  lower: ([v]) => (toStr(v) as string).toLowerCase(),
  upper: ([v]) => (toStr(v) as string).toUpperCase(),
  join: ([sep, list]) => (list as Value[]).map((x) => toStr(x) as string).join(toStr(sep) as string),
  concat: (lists) => lists.flatMap((l) => l as Value[]),
  length: ([v]) => (typeof v === 'string' ? [...v].length : Array.isArray(v) ? v.length : Object.keys(v as Json).length),
  lookup: ([map, key, fallback]) => {
    const k = toStr(key) as string;
    if (isObject(map) && k in map) return map[k];
    if (fallback === undefined) throw new Unsupported('lookup without default');
    return fallback;
  },
  coalesce: (args) => args.find((a) => a !== null && a !== '') ?? null,
  contains: ([list, v]) => (list as Value[]).some((x) => equal(x, v)),
  merge: (maps) => Object.assign({}, ...maps.filter((m) => m !== null)),
  tolist: ([v]) => v,
  toset: ([v]) => [...new Map((v as Value[]).map((x) => [JSON.stringify(x), x])).values()],
  element: ([list, i]) => {
    const l = list as Value[];
    return l[(toNum(i) as number) % l.length];
  },
  jsonencode: ([v]) => JSON.stringify(materialize(v)),
};

/** Matches an interpolation that calls one of FUNCTIONS: such a value can be evaluated without any variable. */
const CALLS_FUNCTION = new RegExp(`\\$\\{[^}]*\\b(?:${Object.keys(FUNCTIONS).join('|')})\\(`);

/** True when a JSON value holds an interpolation calling a function this reader evaluates (`${jsonencode({...})}`). */
export function callsFunction(v: unknown): boolean {
  if (typeof v === 'string') return v.includes('${') && CALLS_FUNCTION.test(v);
  if (Array.isArray(v)) return v.some(callsFunction);
  if (isObject(v)) return Object.values(v).some(callsFunction);
  return false;
}

/** Functions whose result is meaningful with unknown parts inside (jsonencode keeps them as `${...}` text). */
const PARTIAL_FUNCTIONS = new Set(['jsonencode', 'tolist', 'concat', 'merge']);

/** Recursive-descent evaluation over tokens; unknown operands give `UnknownExpression` results naming the expression. */
class Evaluator {
  private pos = 0;
  /** Set when a `var.` or `local.` reference was replaced by its value. */
  substituted = false;

  constructor(
    private readonly tokens: Token[],
    private readonly scope: Scope,
  ) {}

  run(): Value {
    const v = this.expression();
    if (this.pos < this.tokens.length) throw new Unsupported('trailing tokens');
    return v;
  }

  private peek(value?: string): boolean {
    const t = this.tokens[this.pos];
    return t !== undefined && t.kind === 'op' && (value === undefined || t.value === value);
  }

  private expect(value: string): void {
    if (!this.peek(value)) throw new Unsupported(`expected '${value}'`);
    this.pos++;
  }

  private expression(): Value {
    const cond = this.binary(0);
    if (!this.peek('?')) return cond;
    this.pos++;
    const a = this.expression();
    this.expect(':');
    const b = this.expression();
    const c = toBool(cond);
    if (!(c instanceof UnknownExpression)) return c ? a : b;
    if (isKnown(a) && isKnown(b) && equal(a, b)) return a;
    return new UnknownExpression(`${c.text} ? ${toHcl(a)} : ${toHcl(b)}`);
  }

  private static readonly LEVELS = [['||'], ['&&'], ['==', '!='], ['<', '>', '<=', '>='], ['+', '-'], ['*', '/', '%']];

  private binary(level: number): Value {
    if (level >= Evaluator.LEVELS.length) return this.unary();
    let left = this.binary(level + 1);
    while (this.peek() && Evaluator.LEVELS[level].includes((this.tokens[this.pos] as { value: string }).value)) {
      const op = (this.tokens[this.pos++] as { value: string }).value;
      const right = this.binary(level + 1);
      left = this.apply(op, left, right);
    }
    return left;
  }

  private apply(op: string, a: Value, b: Value): Value {
    if (op === '==' || op === '!=') {
      if (!isKnown(a) || !isKnown(b)) return new UnknownExpression(`${toHcl(a)} ${op} ${toHcl(b)}`);
      return equal(a, b) === (op === '==');
    }
    if (op === '&&' || op === '||') {
      const x = toBool(a);
      const y = toBool(b);
      // false && anything, true || anything: decided without the other side.
      if (x === (op === '||') || y === (op === '||')) return op === '||';
      if (x instanceof UnknownExpression || y instanceof UnknownExpression) return new UnknownExpression(`${toHcl(a)} ${op} ${toHcl(b)}`);
      return op === '&&' ? x && y : x || y;
    }
    const x = toNum(a);
    const y = toNum(b);
    if (x instanceof UnknownExpression || y instanceof UnknownExpression) return new UnknownExpression(`${toHcl(a)} ${op} ${toHcl(b)}`);
    switch (op) {
      case '<':
        return x < y;
      case '>':
        return x > y;
      case '<=':
        return x <= y;
      case '>=':
        return x >= y;
      case '+':
        return x + y;
      case '-':
        return x - y;
      case '*':
        return x * y;
      case '/':
        return x / y;
      default:
        return x % y;
    }
  }

  private unary(): Value {
    if (this.peek('!')) {
      this.pos++;
      const v = toBool(this.unary());
      return v instanceof UnknownExpression ? new UnknownExpression(`!${v.text}`) : !v;
    }
    if (this.peek('-')) {
      this.pos++;
      const v = toNum(this.unary());
      return v instanceof UnknownExpression ? new UnknownExpression(`-${v.text}`) : -v;
    }
    return this.postfix(this.primary());
  }

  private postfix(value: Value): Value {
    let v = value;
    for (;;) {
      if (this.peek('.')) {
        this.pos++;
        const t = this.tokens[this.pos++];
        if (t?.kind === 'op' && t.value === '*') throw new Unsupported('splat');
        if (t?.kind !== 'id' && t?.kind !== 'num') throw new Unsupported('attribute name');
        v = this.index(v, String(t.value));
      } else if (this.peek('[')) {
        this.pos++;
        if (this.peek('*')) throw new Unsupported('splat');
        const key = this.expression();
        this.expect(']');
        v = this.index(v, key);
      } else {
        return v;
      }
    }
  }

  private index(v: Value, key: Value): Value {
    if (v instanceof UnknownExpression || key instanceof UnknownExpression) {
      const k = typeof key === 'string' && /^[A-Za-z_][A-Za-z0-9_-]*$/.test(key) ? `.${key}` : `[${toHcl(key)}]`;
      return new UnknownExpression(`${toHcl(v)}${k}`);
    }
    if (Array.isArray(v)) {
      const i = toNum(key) as number;
      if (!Number.isInteger(i) || i < 0 || i >= v.length) throw new Unsupported('index out of range');
      return v[i];
    }
    if (isObject(v)) {
      const k = toStr(key) as string;
      if (!(k in v)) throw new Unsupported(`no attribute ${k}`);
      return v[k];
    }
    throw new Unsupported('index of a primitive');
  }

  private primary(): Value {
    const t = this.tokens[this.pos++];
    if (!t) throw new Unsupported('unexpected end');
    if (t.kind === 'num') return t.value;
    if (t.kind === 'str') {
      const inner = evaluateTemplate(unescape(t.value), this.scope);
      if (inner.substituted) this.substituted = true;
      return inner.value;
    }
    if (t.kind === 'op') {
      if (t.value === '(') {
        const v = this.expression();
        this.expect(')');
        return v;
      }
      if (t.value === '[') return this.tuple();
      if (t.value === '{') return this.object();
      throw new Unsupported(`unexpected '${t.value}'`);
    }
    if (t.value === 'true' || t.value === 'false') return t.value === 'true';
    if (t.value === 'null') return null;
    if (this.peek('(')) return this.call(t.value);
    return this.reference(t.value);
  }

  private tuple(): Value[] {
    if (this.tokens[this.pos]?.kind === 'id' && (this.tokens[this.pos] as { value: string }).value === 'for') throw new Unsupported('for');
    const out: Value[] = [];
    while (!this.peek(']')) {
      out.push(this.expression());
      if (!this.peek(']')) this.expect(',');
    }
    this.pos++;
    return out;
  }

  private object(): Json {
    if (this.tokens[this.pos]?.kind === 'id' && (this.tokens[this.pos] as { value: string }).value === 'for') throw new Unsupported('for');
    const out: Json = {};
    while (!this.peek('}')) {
      const t = this.tokens[this.pos];
      let key: Value;
      if (t?.kind === 'id' && (this.tokens[this.pos + 1] as { value?: string } | undefined)?.value !== '.') {
        key = t.value;
        this.pos++;
      } else {
        key = this.expression();
      }
      if (this.peek('=') || this.peek(':')) this.pos++;
      else throw new Unsupported('object key');
      const k = toStr(key);
      if (k instanceof UnknownExpression) throw new Unsupported('unknown object key');
      out[k] = this.expression();
      if (this.peek(',')) this.pos++;
    }
    this.pos++;
    return out;
  }

  private call(name: string): Value {
    this.expect('(');
    const args: Value[] = [];
    while (!this.peek(')')) {
      args.push(this.expression());
      if (this.peek('...')) throw new Unsupported('expanding arguments');
      if (!this.peek(')')) this.expect(',');
    }
    this.pos++;
    const fn = FUNCTIONS[name];
    const known = args.every(isKnown) || (PARTIAL_FUNCTIONS.has(name) && args.every((a) => !(a instanceof UnknownExpression)));
    if (!fn || !known) return new UnknownExpression(`${name}(${args.map(toHcl).join(', ')})`);
    return fn(args);
  }

  /** `var.x`, `local.y`; anything else (a resource, `count.index`, `each.key`, `module.m.out`) is unknown. */
  private reference(root: string): Value {
    if ((root === 'var' || root === 'local') && this.peek('.')) {
      const name = this.tokens[this.pos + 1];
      if (name?.kind === 'id') {
        const value = root === 'var' ? this.scope.variable(name.value) : this.scope.local(name.value);
        if (value !== undefined) {
          this.pos += 2;
          this.substituted = true;
          return value;
        }
      }
    }
    // Keep the whole traversal as the unknown's text: `aws_s3_bucket.data.arn`, `data.x.y.json`, `each.value.name`.
    let text = root;
    while (this.peek('.') || this.peek('[')) {
      if (this.peek('.')) {
        const next = this.tokens[this.pos + 1];
        if (!next || (next.kind !== 'id' && next.kind !== 'num' && !(next.kind === 'op' && next.value === '*'))) break;
        text += `.${String(next.value)}`;
        this.pos += 2;
      } else {
        this.pos++;
        if (this.peek('*')) {
          this.pos++;
          text += '[*]';
        } else {
          text += `[${toHcl(this.expression())}]`;
        }
        this.expect(']');
      }
    }
    return new UnknownExpression(text);
  }
}

/** The result of evaluating a template: its value, and whether any variable or local took part. */
export interface Evaluated {
  readonly value: Value;
  readonly substituted: boolean;
}

/**
 * Evaluates a string of Terraform's JSON syntax: `"${var.x}"` is the variable's value (of any type); a template
 * with text around its interpolations is a string, with unknown parts left as `${...}` text. `$${` is an escape and
 * stays as written; `%{` directives and syntax this reader does not evaluate leave their interpolation as written.
 */
export function evaluateTemplate(text: string, scope: Scope): Evaluated {
  if (!text.includes('${') && !text.includes('%{')) return { value: text, substituted: false };
  const parts: ({ literal: string } | { value: Value })[] = [];
  let substituted = false;
  let literal = '';
  let i = 0;
  while (i < text.length) {
    if (text.startsWith('$${', i) || text.startsWith('%%{', i)) {
      literal += text.slice(i, i + 3);
      i += 3;
      continue;
    }
    if (text.startsWith('%{', i)) return { value: text, substituted: false };
    if (!text.startsWith('${', i)) {
      literal += text[i++];
      continue;
    }
    const end = closingBrace(text, i + 2);
    if (end < 0) return { value: text, substituted: false };
    const source = text.slice(i + 2, end - 1).replace(/^~|~$/g, '');
    let value: Value;
    try {
      const evaluator = new Evaluator(tokenize(source), scope);
      value = evaluator.run();
      if (evaluator.substituted) substituted = true;
      // An expression that stayed unknown without any variable in it keeps its own text, exactly as written.
      if (!evaluator.substituted && value instanceof UnknownExpression) value = new UnknownExpression(source.trim());
    } catch (e) {
      if (!(e instanceof Unsupported)) throw e;
      value = new UnknownExpression(source.trim());
    }
    if (literal) parts.push({ literal });
    literal = '';
    parts.push({ value });
    i = end;
  }
  if (literal) parts.push({ literal });
  // `"${expr}"` alone is the expression's value, of whatever type.
  if (parts.length === 1 && 'value' in parts[0]) return { value: parts[0].value, substituted };
  // Text around interpolations makes a string; unknown or non-primitive parts stay `${...}` text.
  const out = parts
    .map((p) => {
      if ('literal' in p) return p.literal;
      const v = p.value;
      if (v instanceof UnknownExpression) return `\${${v.text}}`;
      if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return String(v);
      if (v === null) return '';
      return `\${${toHcl(v)}}`;
    })
    .join('');
  return { value: out, substituted };
}
