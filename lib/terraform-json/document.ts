/**
 * Terraform JSON in, one normalised document out. Accepts the JSON configuration syntax (a stack's
 * `toTerraform()`, a cdk.tf.json, any `*.tf.json`, JSON converted from HCL) and the JSON of
 * `terraform show -json <planfile>` (or of a state). Cost estimation and policy checks both read this document.
 */
import { UNKNOWN, Unknown, block, isObject, isUnresolved, type Json } from './values';

/** One resource (or data source) block, in a shape common to configuration JSON and plan JSON. */
export interface TerraformResource {
  /** Terraform address: `aws_s3_bucket.data`, `module.net.aws_nat_gateway.a[0]`, `data.aws_iam_policy_document.key`. */
  readonly address: string;
  readonly type: string;
  readonly name: string;
  /** `managed` for a `resource` block, `data` for a data source. */
  readonly mode: 'managed' | 'data';
  /** `module.a.module.b.` prefix, or '' in the root module. */
  readonly module: string;
  /**
   * The block's arguments (configuration JSON) or planned values (plan JSON). References are `${...}` strings; in
   * plans, values unknown until apply are filled in from the configuration as `${address}` strings.
   */
  readonly values: Json;
  /** Construct path from the `"//".metadata.path`, when the JSON came from cdktf. */
  readonly path?: string;
  /** File the block came from, when read from disk. */
  readonly file?: string;
  /** Key of the provider configuration the block uses: `aws`, `aws.west`, `google-beta`. */
  readonly provider: string;
  /** Instances the block stands for (`count` or a literal `for_each`); UNKNOWN when it is an expression. Plans list each instance: 1. */
  readonly count: number | Unknown;
}

/** A provider configuration block, e.g. `aws` with `region`. */
export interface TerraformProvider {
  /** How resources name this configuration: `aws`, `aws.west` (plans may prefix a module: `module.net:aws`). */
  readonly key: string;
  /** Provider name: `aws`, `azurerm`, `google`. */
  readonly name: string;
  readonly alias?: string;
  /** Arguments; an expression that is not a constant appears as a `${...}` string. */
  readonly values: Json;
  readonly file?: string;
}

/** Every managed resource, data source and provider configuration of a Terraform JSON document. */
export interface TerraformDocument {
  /** `config` for configuration JSON (cdk.tf.json, `*.tf.json`), `plan` for `terraform show -json` output. */
  readonly kind: 'config' | 'plan';
  readonly resources: readonly TerraformResource[];
  readonly data: readonly TerraformResource[];
  readonly providers: readonly TerraformProvider[];
}

/** What is wrong with input that cannot be read as Terraform JSON. */
export type TerraformInputReason = 'unreadable' | 'invalid-json' | 'not-an-object' | 'not-terraform' | 'invalid-resource-block';

/** Thrown when the input is not Terraform JSON; the CLI commands turn it into exit code 2. */
export class TerraformInputError extends Error {
  constructor(
    message: string,
    /** Lets a caller word the problem its own way. */
    readonly reason: TerraformInputReason,
    /** The file, when the input came from one. */
    readonly file?: string,
    /** The underlying cause: an errno code (`ENOENT`) or the JSON parser's message. */
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'TerraformInputError';
  }
}

/** Top-level blocks of Terraform's JSON configuration syntax. */
const CONFIG_BLOCKS = ['resource', 'data', 'provider', 'terraform', 'module', 'variable', 'output', 'locals'];

/** True for the JSON of `terraform show -json <planfile>` (or of a state). */
export function isPlanJson(json: unknown): boolean {
  return isObject(json) && (isObject(json.planned_values) || (isObject(json.values) && 'format_version' in json));
}

/** True when the JSON has any top-level block of Terraform's configuration syntax. */
export function isConfigJson(json: unknown): boolean {
  return isObject(json) && CONFIG_BLOCKS.some((k) => k in json);
}

/** True for a document `parseTerraform` returned (rather than raw JSON). */
export function isTerraformDocument(input: unknown): input is TerraformDocument {
  const d = input as Partial<TerraformDocument> | null;
  return isObject(d) && (d.kind === 'config' || d.kind === 'plan') && Array.isArray(d.resources) && Array.isArray(d.providers);
}

/**
 * Normalises configuration JSON or plan JSON.
 * @param file where the JSON came from: recorded on every resource and provider, and named in errors.
 * @throws TerraformInputError when it is neither.
 */
export function parseTerraform(json: unknown, file?: string): TerraformDocument {
  if (isPlanJson(json)) return fromPlan(json as Json, file);
  if (isConfigJson(json)) return fromConfig(json as Json, file);
  throw inputError(
    file,
    'not Terraform JSON: expected a configuration (resource/provider/data blocks) or `terraform show -json` output (planned_values)',
    isObject(json) ? 'not-terraform' : 'not-an-object',
  );
}

function inputError(file: string | undefined, message: string, reason: TerraformInputReason): TerraformInputError {
  return new TerraformInputError(file === undefined ? message : `${file}: ${message}`, reason, file);
}

/** Joins documents of one module (e.g. every `*.tf.json` of a folder) so cross-resource readers see them all. */
export function mergeDocuments(docs: readonly TerraformDocument[]): TerraformDocument {
  return {
    kind: docs.some((d) => d.kind === 'plan') ? 'plan' : 'config',
    resources: docs.flatMap((d) => d.resources),
    data: docs.flatMap((d) => d.data),
    providers: docs.flatMap((d) => d.providers),
  };
}

/** The provider configuration a resource uses, if the document has it. */
export function providerOf(doc: TerraformDocument, resource: TerraformResource): TerraformProvider | undefined {
  return doc.providers.find((p) => p.key === resource.provider);
}

/** Terraform's JSON syntax lets any block be an object or a list of objects; this merges a list into one object. */
function merged(v: unknown): Json {
  if (Array.isArray(v)) return Object.assign({}, ...v.filter(isObject));
  return isObject(v) ? v : {};
}

/** The provider a resource type belongs to by Terraform's naming rule: the prefix before the first `_`. */
function defaultProvider(type: string): string {
  return type.split('_')[0];
}

function fromConfig(json: Json, file?: string): TerraformDocument {
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
  return { kind: 'config', resources: read(json.resource, 'managed'), data: read(json.data, 'data'), providers };
}

function countOf(values: Json): number | Unknown {
  const count = values.count;
  if (count !== undefined) return typeof count === 'number' && Number.isInteger(count) && count >= 0 ? count : UNKNOWN;
  const forEach = values.for_each;
  if (forEach === undefined) return 1;
  if (Array.isArray(forEach)) return forEach.length;
  if (isObject(forEach)) return Object.keys(forEach).length;
  return UNKNOWN;
}

interface PlanModule {
  resources?: unknown;
  child_modules?: unknown;
}

/** What the plan's `configuration` says about one resource block. */
interface ResourceConfig {
  readonly expressions: Json;
  readonly providerKey?: string;
}

function fromPlan(json: Json, file?: string): TerraformDocument {
  const configuration = merged(json.configuration);
  const configs = resourceConfigs(merged(configuration.root_module), '');
  const providers = planProviders(merged(configuration.provider_config), file);
  const resources: TerraformResource[] = [];
  const data: TerraformResource[] = [];
  const walk = (m: PlanModule) => {
    for (const r of Array.isArray(m.resources) ? m.resources.filter(isObject) : []) {
      if (typeof r.type !== 'string') continue;
      const name = typeof r.name === 'string' ? r.name : '';
      const address = typeof r.address === 'string' ? r.address : `${r.type}.${name}`;
      const module = /^((?:module\.[^.]+\.)*)/.exec(address)?.[1] ?? '';
      const config = configs.get(address.replace(/\[[^\]]*\]/g, ''));
      const values = { ...merged(r.values) };
      if (config) fillReferences(values, config.expressions, module);
      const key = config?.providerKey;
      const provider = key && providers.some((p) => p.key === key) ? key : (shortProviderName(r.provider_name) ?? defaultProvider(r.type));
      const mode = r.mode === 'data' ? 'data' : 'managed';
      (mode === 'data' ? data : resources).push({ address, type: r.type, name, mode, module, values, file, provider, count: 1 });
    }
    for (const child of Array.isArray(m.child_modules) ? m.child_modules.filter(isObject) : []) walk(child);
  };
  walk(merged(merged(json.planned_values ?? json.values).root_module));
  return { kind: 'plan', resources, data, providers };
}

/** Provider configurations of a plan; an expression without a constant value becomes a `${...}` string. */
function planProviders(config: Json, file?: string): TerraformProvider[] {
  const providers: TerraformProvider[] = [];
  for (const [key, p] of Object.entries(config)) {
    if (!isObject(p)) continue;
    const values: Json = {};
    for (const [attr, e] of Object.entries(merged(p.expressions))) {
      if (!isObject(e)) continue;
      const ref = Array.isArray(e.references) ? e.references.find((r): r is string => typeof r === 'string') : undefined;
      values[attr] = 'constant_value' in e ? e.constant_value : `\${${ref ?? 'unresolved'}}`;
    }
    const name = typeof p.name === 'string' ? p.name : key.replace(/^.*:/, '').split('.')[0];
    providers.push({ key, name, alias: typeof p.alias === 'string' ? p.alias : undefined, values, file });
  }
  return providers;
}

/** `registry.terraform.io/hashicorp/aws` -> `aws`. */
function shortProviderName(name: unknown): string | undefined {
  return typeof name === 'string' ? name.split('/').pop() : undefined;
}

/** Configuration expressions and provider keys by resource address (instance keys stripped), across module calls. */
function resourceConfigs(module: Json, prefix: string): Map<string, ResourceConfig> {
  const out = new Map<string, ResourceConfig>();
  for (const r of Array.isArray(module.resources) ? module.resources.filter(isObject) : []) {
    const providerKey = typeof r.provider_config_key === 'string' ? r.provider_config_key : undefined;
    out.set(`${prefix}${String(r.address)}`, { expressions: merged(r.expressions), providerKey });
  }
  for (const [name, call] of Object.entries(merged(module.module_calls))) {
    if (!isObject(call) || !isObject(call.module)) continue;
    for (const [k, v] of resourceConfigs(call.module, `${prefix}module.${name}.`)) out.set(k, v);
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
