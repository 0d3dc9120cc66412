/**
 * Terraform JSON in, one normalised document out. Accepts the JSON configuration syntax (a stack's
 * `toTerraform()`, any `*.tf.json`, JSON converted from HCL) and the JSON of `terraform show -json <planfile>`.
 */

/** A JSON object, as Terraform JSON uses them. */
export type Json = Record<string, unknown>;

/** One resource (or data source) with its attribute values. */
export interface TfResource {
  /** Terraform address: `aws_s3_bucket.data`, `module.net.aws_vpc.main`, `data.aws_iam_policy_document.key`. */
  readonly address: string;
  readonly type: string;
  readonly name: string;
  /** `resource` or `data`. */
  readonly mode: 'managed' | 'data';
  /** `module.a.module.b.` prefix, or '' in the root module. */
  readonly module: string;
  /** Attribute values; references are `${...}` strings. */
  readonly values: Json;
  /** Construct path from the `"//".metadata.path`, when the JSON came from cdktf. */
  readonly path?: string;
  /** File the resource came from, when read from disk. */
  readonly file?: string;
}

/** A provider configuration block, e.g. `aws` with `region`. */
export interface TfProvider {
  readonly name: string;
  readonly alias?: string;
  readonly values: Json;
  readonly file?: string;
}

/** What rules read: every managed resource, data source and provider block. */
export interface TerraformDocument {
  readonly resources: readonly TfResource[];
  readonly data: readonly TfResource[];
  readonly providers: readonly TfProvider[];
  /** `config` for configuration JSON, `plan` for `terraform show -json` output. */
  readonly kind: 'config' | 'plan';
}

/** Thrown when the input is not Terraform JSON; the CLI turns it into exit code 2. */
export class TerraformInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TerraformInputError';
  }
}

export function isObject(v: unknown): v is Json {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Terraform's JSON syntax lets any block be an object or a list of objects; this merges a list into one object. */
function merged(v: unknown): Json {
  if (Array.isArray(v)) return Object.assign({}, ...v.filter(isObject));
  return isObject(v) ? v : {};
}

/** True for the JSON of `terraform show -json <planfile>` (or of a state). */
export function isPlanJson(json: unknown): boolean {
  return isObject(json) && (isObject(json.planned_values) || isObject(json.values)) && 'format_version' in json;
}

/** True when the JSON has any top-level block of Terraform's configuration syntax. */
export function isConfigJson(json: unknown): boolean {
  return isObject(json) && ['resource', 'data', 'provider', 'terraform', 'module', 'variable', 'output', 'locals'].some((k) => k in json);
}

/**
 * Normalises configuration JSON or plan JSON.
 * @throws TerraformInputError when it is neither.
 */
export function parseTerraform(json: unknown, file?: string): TerraformDocument {
  if (isPlanJson(json)) return fromPlan(json as Json, file);
  if (isConfigJson(json)) return fromConfig(json as Json, file);
  throw new TerraformInputError(
    'not Terraform JSON: expected a configuration (resource/provider/data blocks) or `terraform show -json` output (planned_values)',
  );
}

/** Joins documents of one module (e.g. every `*.tf.json` of a folder) so cross-resource rules see them all. */
export function mergeDocuments(docs: readonly TerraformDocument[]): TerraformDocument {
  return {
    resources: docs.flatMap((d) => d.resources),
    data: docs.flatMap((d) => d.data),
    providers: docs.flatMap((d) => d.providers),
    kind: docs.some((d) => d.kind === 'plan') ? 'plan' : 'config',
  };
}

function fromConfig(json: Json, file?: string): TerraformDocument {
  const blocks = (section: unknown, mode: 'managed' | 'data'): TfResource[] => {
    const out: TfResource[] = [];
    for (const [type, byName] of Object.entries(merged(section))) {
      for (const [name, body] of Object.entries(merged(byName))) {
        const values = merged(body);
        const meta = isObject(values['//']) && isObject(values['//'].metadata) ? values['//'].metadata : undefined;
        const address = mode === 'data' ? `data.${type}.${name}` : `${type}.${name}`;
        const path = typeof meta?.path === 'string' ? meta.path : undefined;
        out.push({ address, type, name, mode, module: '', values, path, file });
      }
    }
    return out;
  };
  const providers: TfProvider[] = [];
  for (const [name, body] of Object.entries(merged(json.provider))) {
    const list = Array.isArray(body) ? body.filter(isObject) : isObject(body) ? [body] : [];
    for (const values of list) providers.push({ name, alias: typeof values.alias === 'string' ? values.alias : undefined, values, file });
  }
  return { resources: blocks(json.resource, 'managed'), data: blocks(json.data, 'data'), providers, kind: 'config' };
}

interface PlanModule {
  resources?: Json[];
  child_modules?: PlanModule[];
}

function fromPlan(json: Json, file?: string): TerraformDocument {
  const root = (isObject(json.planned_values) ? json.planned_values.root_module : isObject(json.values) ? json.values.root_module : {}) as PlanModule;
  const configuration = isObject(json.configuration) ? json.configuration : {};
  const expressions = configExpressions(isObject(configuration.root_module) ? configuration.root_module : {}, '');
  const resources: TfResource[] = [];
  const data: TfResource[] = [];
  const walk = (m: PlanModule) => {
    for (const r of m.resources ?? []) {
      const address = String(r.address);
      const values = { ...(isObject(r.values) ? r.values : {}) };
      const module = address.match(/^((?:module\.[^.]+\.)*)/)?.[1] ?? '';
      const exprs = expressions.get(address.replace(/\[[^\]]*\]/g, ''));
      if (exprs) fillReferences(values, exprs, module);
      const mode = r.mode === 'data' ? 'data' : 'managed';
      const entry: TfResource = { address, type: String(r.type), name: String(r.name), mode, module, values, file };
      (mode === 'data' ? data : resources).push(entry);
    }
    for (const child of m.child_modules ?? []) walk(child);
  };
  walk(root);
  const providers: TfProvider[] = [];
  for (const p of Object.values(merged(configuration.provider_config))) {
    if (!isObject(p)) continue;
    const values: Json = {};
    for (const [k, e] of Object.entries(merged(p.expressions))) {
      if (isObject(e) && 'constant_value' in e) values[k] = e.constant_value;
    }
    providers.push({ name: String(p.name), alias: typeof p.alias === 'string' ? p.alias : undefined, values, file });
  }
  return { resources, data, providers, kind: 'plan' };
}

/** Configuration expressions by resource address (instance keys stripped), across module calls. */
function configExpressions(module: Json, prefix: string): Map<string, Json> {
  const out = new Map<string, Json>();
  for (const r of Array.isArray(module.resources) ? module.resources.filter(isObject) : []) {
    out.set(`${prefix}${String(r.address)}`, merged(r.expressions));
  }
  for (const [name, call] of Object.entries(merged(module.module_calls))) {
    if (!isObject(call) || !isObject(call.module)) continue;
    for (const [k, v] of configExpressions(call.module, `${prefix}module.${name}.`)) out.set(k, v);
  }
  return out;
}

/**
 * Values unknown until apply (a key ARN, a bucket id) are missing from `planned_values`; the configuration still
 * names what they reference, so they are filled in as `${address}` strings, as in configuration JSON.
 */
function fillReferences(values: Json, exprs: Json, module: string): void {
  for (const [key, expr] of Object.entries(exprs)) {
    if (isObject(expr) && Array.isArray(expr.references)) {
      const current = values[key];
      if (current === undefined || current === null) {
        const ref = expr.references.find((r): r is string => typeof r === 'string');
        if (ref) values[key] = `\${${module}${ref}}`;
      }
    } else if (Array.isArray(expr) && Array.isArray(values[key])) {
      const list = values[key] as unknown[];
      expr.forEach((e, i) => {
        if (isObject(e) && isObject(list[i])) fillReferences(list[i] as Json, e, module);
      });
    } else if (isObject(expr) && !('constant_value' in expr) && isObject(values[key])) {
      fillReferences(values[key] as Json, expr, module);
    }
  }
}
