/**
 * Input variables and local values of a Terraform module, and the evaluation of a document's expressions over them:
 * `var.x` is the value given (`-var`, `*.tfvars`, a plan's variables) or the declared default, `local.y` its
 * expression evaluated in turn; what is still unknown stays as `${...}` text.
 */
import { Scope, UnknownExpression, evaluateTemplate, materialize, type Value } from './expressions';
import { parseConstant } from './tfvars';
import { isObject, type Json } from './values';

/** A `variable` block. */
export interface TerraformVariable {
  readonly name: string;
  /** The declared default; absent when the variable has none (then it needs a value). */
  readonly default?: unknown;
  readonly hasDefault: boolean;
  /** The type constraint as written: `string`, `number`, `bool`, `list(string)`; absent for any type. */
  readonly type?: string;
  readonly file?: string;
}

/** One entry of a `locals` block, as written. */
export interface TerraformLocal {
  readonly name: string;
  readonly value: unknown;
  readonly file?: string;
}

/** Values given for input variables, by name (from `--var`, `--var-file`, or a plan's `variables`). */
export type VariableValues = Readonly<Record<string, unknown>>;

/** Terraform's JSON syntax lets a block be an object or a list of objects; this yields each object. */
function objects(v: unknown): Json[] {
  if (Array.isArray(v)) return v.filter(isObject);
  return isObject(v) ? [v] : [];
}

/** The `variable` blocks of a configuration JSON. */
export function declaredVariables(json: Json, file?: string): TerraformVariable[] {
  const out: TerraformVariable[] = [];
  for (const group of objects(json.variable)) {
    for (const [name, body] of Object.entries(group)) {
      const decl = Object.assign({}, ...objects(body)) as Json;
      const type = typeof decl.type === 'string' ? decl.type.replace(/^\$\{(.*)\}$/s, '$1').trim() : undefined;
      out.push({ name, ...('default' in decl ? { default: decl.default } : {}), hasDefault: 'default' in decl, type, file });
    }
  }
  return out;
}

/** The entries of every `locals` block of a configuration JSON. */
export function declaredLocals(json: Json, file?: string): TerraformLocal[] {
  return objects(json.locals).flatMap((block) => Object.entries(block).map(([name, value]) => ({ name, value, file })));
}

/**
 * Converts a value to a variable's type as Terraform does: `"3"` to a number for `number`, `"true"` to a bool for
 * `bool`, numbers and bools to strings for `string`, and the text of a list or map (`-var 'ids=["a","b"]'`) to
 * the value for a collection type; other values are returned as they are.
 */
export function convertToType(value: unknown, type: string | undefined): unknown {
  if (type === undefined || value === null) return value;
  if (/^(list|set|map|object|tuple)\b/.test(type) && typeof value === 'string') {
    const parsed = parseConstant(value);
    return parsed === undefined ? value : parsed;
  }
  switch (type) {
    case 'number':
      return typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value)) ? Number(value) : value;
    case 'bool':
      return value === 'true' || value === 'false' ? value === 'true' : value;
    case 'string':
      return typeof value === 'number' || typeof value === 'boolean' ? String(value) : value;
    default:
      return value;
  }
}

/** A variable's value: the given one, else its default, else unknown. */
function variableValue(decl: TerraformVariable | undefined, name: string, given: VariableValues): Value {
  if (Object.hasOwn(given, name)) return convertToType(given[name], decl?.type);
  if (decl?.hasDefault) return convertToType(decl.default, decl.type);
  return new UnknownExpression(`var.${name}`);
}

/** Evaluates a JSON value of the configuration: every string is a template; unknown parts stay `UnknownExpression`. */
function evaluateJson(v: unknown, scope: Scope): Value {
  if (typeof v === 'string') return evaluateTemplate(v, scope).value;
  if (Array.isArray(v)) return v.map((x) => evaluateJson(x, scope));
  if (isObject(v)) return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, evaluateJson(x, scope)]));
  return v;
}

/** What expressions of one module resolve against. */
export interface ModuleInputs {
  readonly variables: readonly TerraformVariable[];
  readonly locals: readonly TerraformLocal[];
  /** Values given for variables. @default {} */
  readonly values?: VariableValues;
}

/** True when there is anything to resolve: a declared variable or local, or a value given. */
export function hasInputs(inputs: ModuleInputs): boolean {
  return inputs.variables.length > 0 || inputs.locals.length > 0 || Object.keys(inputs.values ?? {}).length > 0;
}

/**
 * A scope over a module's variables and locals. Locals are evaluated on first use; one that refers to itself
 * through others is unknown.
 */
export function moduleScope(inputs: ModuleInputs): Scope {
  const given = inputs.values ?? {};
  const declared = new Map(inputs.variables.map((v) => [v.name, v]));
  const written = new Map(inputs.locals.map((l) => [l.name, l.value]));
  const done = new Map<string, Value>();
  const evaluating = new Set<string>();
  const scope: Scope = {
    variable: (name) => (declared.has(name) || Object.hasOwn(given, name) ? variableValue(declared.get(name), name, given) : undefined),
    local: (name) => {
      if (!written.has(name)) return undefined;
      if (done.has(name)) return done.get(name);
      if (evaluating.has(name)) return new UnknownExpression(`local.${name}`);
      evaluating.add(name);
      const value = evaluateJson(written.get(name), scope);
      evaluating.delete(name);
      done.set(name, value);
      return value;
    },
  };
  return scope;
}

/**
 * Evaluates a JSON value of the configuration in a scope: known parts become values, unknown parts `${...}` strings.
 * Evaluating again, with more known, resolves more; what is known never changes.
 */
export function evaluateValue(v: unknown, scope: Scope): unknown {
  return materialize(evaluateJson(v, scope));
}
