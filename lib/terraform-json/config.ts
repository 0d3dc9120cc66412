/** Reading Terraform's JSON configuration syntax (cdk.tf.json, `*.tf.json`, JSON converted from HCL) into a document. */
import type { TerraformDocument, TerraformProvider, TerraformResource } from './document';
import { inputError } from './errors';
import { UNKNOWN, Unknown, block, isObject, isUnresolved, type Json } from './values';
import { VariableValues, declaredLocals, declaredVariables } from './variables';

/** Terraform's JSON syntax lets any block be an object or a list of objects; this merges a list into one object. */
export function merged(v: unknown): Json {
  if (Array.isArray(v)) return Object.assign({}, ...v.filter(isObject));
  return isObject(v) ? v : {};
}

/** The provider a resource type belongs to by Terraform's naming rule: the prefix before the first `_`. */
export function defaultProvider(type: string): string {
  return type.split('_')[0];
}

/** Instances a block stands for: `count`, or the entries of a literal `for_each`; UNKNOWN for an expression. */
export function countOf(values: Json): number | Unknown {
  const count = values.count;
  if (count !== undefined) {
    const n = typeof count === 'string' && /^\d+$/.test(count) ? Number(count) : count;
    return typeof n === 'number' && Number.isInteger(n) && n >= 0 ? n : UNKNOWN;
  }
  const forEach = values.for_each;
  if (forEach === undefined) return 1;
  if (Array.isArray(forEach)) return new Set(forEach.map((x) => JSON.stringify(x))).size;
  if (isObject(forEach)) return Object.keys(forEach).length;
  return UNKNOWN;
}

/** `terraform { required_providers { aws = { version = "~> 5.0" } } }`, by provider name. */
function requiredProviders(json: Json): Record<string, string> {
  const out: Record<string, string> = {};
  for (const terraform of Array.isArray(json.terraform) ? json.terraform.filter(isObject) : isObject(json.terraform) ? [json.terraform] : []) {
    for (const [name, req] of Object.entries(merged(terraform.required_providers))) {
      const version = typeof req === 'string' ? req : isObject(req) ? req.version : undefined;
      if (typeof version === 'string') out[name] = version;
    }
  }
  return out;
}

/** `output "x" { value = ... }`, by name. */
function outputs(json: Json): Record<string, unknown> {
  return Object.fromEntries(Object.entries(merged(json.output)).map(([name, o]) => [name, merged(o).value]));
}

/** A configuration-JSON document, expressions as written (the caller resolves them). */
export function fromConfig(json: Json, file?: string, variableValues: VariableValues = {}): TerraformDocument {
  if (json.resource !== undefined && !isObject(json.resource) && !Array.isArray(json.resource)) {
    throw inputError(file, '"resource" must be an object of resource types', 'invalid-resource-block');
  }
  const read = (section: unknown, mode: 'managed' | 'data'): TerraformResource[] => {
    const out: TerraformResource[] = [];
    for (const [type, byName] of Object.entries(merged(section))) {
      for (const [name, body] of Object.entries(merged(byName))) {
        if (!isObject(body) && !Array.isArray(body)) continue;
        const values = merged(body);
        const path = block(block(values, '//'), 'metadata')?.path;
        out.push({
          address: mode === 'data' ? `data.${type}.${name}` : `${type}.${name}`,
          type,
          name,
          mode,
          module: '',
          values,
          path: typeof path === 'string' ? path : undefined,
          file,
          provider: typeof values.provider === 'string' && !isUnresolved(values.provider) ? values.provider : defaultProvider(type),
          count: countOf(values),
        });
      }
    }
    return out;
  };
  const providers: TerraformProvider[] = [];
  for (const [name, body] of Object.entries(merged(json.provider))) {
    for (const values of Array.isArray(body) ? body.filter(isObject) : isObject(body) ? [body] : []) {
      const alias = typeof values.alias === 'string' ? values.alias : undefined;
      providers.push({ key: alias ? `${name}.${alias}` : name, name, alias, values, file });
    }
  }
  return {
    kind: 'config',
    resources: read(json.resource, 'managed'),
    data: read(json.data, 'data'),
    providers,
    variables: declaredVariables(json, file),
    locals: declaredLocals(json, file),
    variableValues,
    outputs: outputs(json),
    providerVersions: requiredProviders(json),
  };
}
