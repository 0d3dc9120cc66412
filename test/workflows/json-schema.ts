/**
 * A small JSON Schema (draft-07) validator for tests: the keywords SchemaStore's schemas use (type, enum, const,
 * properties, patternProperties, additionalProperties, required, dependencies, propertyNames, items,
 * additionalItems, contains, min/max items, properties and length, uniqueItems, numeric bounds, multipleOf,
 * pattern, allOf, anyOf, oneOf, not, if/then/else, and `$ref` to `#/...` pointers). `format` and annotations are not
 * checked. Patterns are ECMAScript regular expressions with the `u` flag, as draft-07 says.
 */
type Schema = boolean | Record<string, unknown>;

/** One reason an instance does not match, at a JSON pointer. */
export interface SchemaError {
  readonly path: string;
  readonly message: string;
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  if (typeof v === 'number') return Number.isInteger(v) ? 'integer' : 'number';
  return typeof v;
}

function hasType(v: unknown, type: string): boolean {
  const t = typeOf(v);
  return t === type || (type === 'number' && t === 'integer');
}

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => equal(x, b[i]));
  if (isObject(a) && isObject(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && equal(a[k], b[k]));
  }
  return false;
}

export class JsonSchemaValidator {
  private readonly patterns = new Map<string, RegExp>();

  constructor(private readonly root: Record<string, unknown>) {}

  /** The errors of `instance` against the root schema; empty when it matches. */
  validate(instance: unknown): SchemaError[] {
    return this.check(this.root, instance, '');
  }

  private regex(pattern: string): RegExp {
    let re = this.patterns.get(pattern);
    if (!re) this.patterns.set(pattern, (re = new RegExp(pattern, 'u')));
    return re;
  }

  private resolve(ref: string): Schema {
    if (!ref.startsWith('#')) throw new Error(`only local $ref are supported, not ${ref}`);
    let node: unknown = this.root;
    for (const raw of ref.slice(1).split('/').filter(Boolean)) {
      const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
      node = isObject(node) || Array.isArray(node) ? (node as Record<string, unknown>)[key] : undefined;
    }
    if (typeof node !== 'boolean' && !isObject(node)) throw new Error(`$ref ${ref} does not resolve`);
    return node;
  }

  private check(schema: Schema, v: unknown, path: string): SchemaError[] {
    if (schema === true) return [];
    if (schema === false) return [{ path, message: 'no value is allowed here' }];
    // Draft-07: a $ref replaces its siblings.
    if (typeof schema.$ref === 'string') return this.check(this.resolve(schema.$ref), v, path);
    const errors: SchemaError[] = [];
    const fail = (message: string, at = path) => errors.push({ path: at, message });
    const s = schema;

    if (s.type !== undefined) {
      const types = Array.isArray(s.type) ? (s.type as string[]) : [s.type as string];
      if (!types.some((t) => hasType(v, t))) return [{ path, message: `must be ${types.join(' or ')}, not ${typeOf(v)}` }];
    }
    if (Array.isArray(s.enum) && !s.enum.some((e) => equal(e, v))) fail(`must be one of ${JSON.stringify(s.enum)}`);
    if ('const' in s && !equal(s.const, v)) fail(`must be ${JSON.stringify(s.const)}`);

    if (typeof v === 'string') {
      const length = [...v].length;
      if (typeof s.minLength === 'number' && length < s.minLength) fail(`must have at least ${s.minLength} characters`);
      if (typeof s.maxLength === 'number' && length > s.maxLength) fail(`must have at most ${s.maxLength} characters`);
      if (typeof s.pattern === 'string' && !this.regex(s.pattern).test(v)) fail(`must match ${s.pattern}`);
    }
    if (typeof v === 'number') {
      if (typeof s.minimum === 'number' && v < s.minimum) fail(`must be >= ${s.minimum}`);
      if (typeof s.maximum === 'number' && v > s.maximum) fail(`must be <= ${s.maximum}`);
      if (typeof s.exclusiveMinimum === 'number' && v <= s.exclusiveMinimum) fail(`must be > ${s.exclusiveMinimum}`);
      if (typeof s.exclusiveMaximum === 'number' && v >= s.exclusiveMaximum) fail(`must be < ${s.exclusiveMaximum}`);
      if (typeof s.multipleOf === 'number' && !Number.isInteger(v / s.multipleOf)) fail(`must be a multiple of ${s.multipleOf}`);
    }
    if (Array.isArray(v)) {
      if (typeof s.minItems === 'number' && v.length < s.minItems) fail(`must have at least ${s.minItems} items`);
      if (typeof s.maxItems === 'number' && v.length > s.maxItems) fail(`must have at most ${s.maxItems} items`);
      if (s.uniqueItems === true && v.some((x, i) => v.findIndex((y) => equal(x, y)) !== i)) fail('must have unique items');
      if (Array.isArray(s.items)) {
        const tuple = s.items as Schema[];
        v.forEach((x, i) => {
          if (i < tuple.length) errors.push(...this.check(tuple[i], x, `${path}/${i}`));
          else if (s.additionalItems !== undefined) errors.push(...this.check(s.additionalItems as Schema, x, `${path}/${i}`));
        });
      } else if (s.items !== undefined) {
        v.forEach((x, i) => errors.push(...this.check(s.items as Schema, x, `${path}/${i}`)));
      }
      if (s.contains !== undefined && !v.some((x) => this.check(s.contains as Schema, x, path).length === 0)) fail('must contain a matching item');
    }
    if (isObject(v)) {
      const keys = Object.keys(v);
      if (typeof s.minProperties === 'number' && keys.length < s.minProperties) fail(`must have at least ${s.minProperties} properties`);
      if (typeof s.maxProperties === 'number' && keys.length > s.maxProperties) fail(`must have at most ${s.maxProperties} properties`);
      for (const r of Array.isArray(s.required) ? (s.required as string[]) : []) if (!(r in v)) fail(`must have property '${r}'`);
      const properties = isObject(s.properties) ? s.properties : {};
      const patterns = isObject(s.patternProperties) ? Object.entries(s.patternProperties) : [];
      for (const k of keys) {
        const at = `${path}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`;
        let matched = false;
        if (k in properties) {
          matched = true;
          errors.push(...this.check(properties[k] as Schema, v[k], at));
        }
        for (const [p, ps] of patterns) {
          if (this.regex(p).test(k)) {
            matched = true;
            errors.push(...this.check(ps as Schema, v[k], at));
          }
        }
        if (!matched && s.additionalProperties !== undefined) {
          const extra = this.check(s.additionalProperties as Schema, v[k], at);
          errors.push(...(s.additionalProperties === false ? [{ path: at, message: `property '${k}' is not allowed` }] : extra));
        }
        if (s.propertyNames !== undefined) errors.push(...this.check(s.propertyNames as Schema, k, at));
      }
      if (isObject(s.dependencies)) {
        for (const [k, dep] of Object.entries(s.dependencies)) {
          if (!(k in v)) continue;
          if (Array.isArray(dep)) {
            for (const d of dep as string[]) if (!(d in v)) fail(`property '${k}' needs '${d}'`);
          } else {
            errors.push(...this.check(dep as Schema, v, path));
          }
        }
      }
    }

    if (Array.isArray(s.allOf)) for (const sub of s.allOf as Schema[]) errors.push(...this.check(sub, v, path));
    if (Array.isArray(s.anyOf) && !(s.anyOf as Schema[]).some((sub) => this.check(sub, v, path).length === 0)) fail('must match a schema of anyOf');
    if (Array.isArray(s.oneOf)) {
      const matching = (s.oneOf as Schema[]).filter((sub) => this.check(sub, v, path).length === 0).length;
      if (matching !== 1) fail(`must match exactly one schema of oneOf (matches ${matching})`);
    }
    if (s.not !== undefined && this.check(s.not as Schema, v, path).length === 0) fail('must not match the schema of not');
    if (s.if !== undefined) {
      const branch = this.check(s.if as Schema, v, path).length === 0 ? s.then : s.else;
      if (branch !== undefined) errors.push(...this.check(branch as Schema, v, path));
    }
    return errors;
  }
}
