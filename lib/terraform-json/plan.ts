/**
 * Reading `terraform show -json <planfile>` (or a state's JSON) into a document as faithful as the configuration's:
 * planned values where Terraform knows them; where a value is known only after apply, what the plan's
 * `configuration` says it will be (the expression as written, or the resource it references), never nothing.
 */
import type { TerraformDocument, TerraformProvider, TerraformResource } from './document';
import { defaultProvider, merged } from './config';
import { isObject, type Json } from './values';
import { TerraformVariable, VariableValues } from './variables';

interface PlanModule {
  resources?: unknown;
  child_modules?: unknown;
}

/** What the plan's `configuration` says about one resource block. */
interface ResourceConfig {
  readonly expressions: Json;
  readonly providerKey?: string;
}

/** Roots of references that are not resources: they are not prefixed with the module they appear in. */
const NON_RESOURCE_ROOTS = /^(var|local|count|each|self|path|terraform)\./;

/** A reference as the root module sees it: `aws_kms_key.k.arn` in `module.logs.` -> `module.logs.aws_kms_key.k.arn`. */
function qualified(ref: string, module: string): string {
  return NON_RESOURCE_ROOTS.test(ref) ? ref : `${module}${ref}`;
}

export function fromPlan(json: Json, file?: string, given: VariableValues = {}): TerraformDocument {
  const configuration = merged(json.configuration);
  const root = merged(configuration.root_module);
  const configs = resourceConfigs(root, '');
  const providerConfig = merged(configuration.provider_config);
  const providers = planProviders(providerConfig, file);
  const unknowns = afterUnknown(json.resource_changes);
  const resources: TerraformResource[] = [];
  const data: TerraformResource[] = [];
  const walk = (m: PlanModule) => {
    for (const r of Array.isArray(m.resources) ? m.resources.filter(isObject) : []) {
      if (typeof r.type !== 'string') continue;
      const name = typeof r.name === 'string' ? r.name : '';
      const address = typeof r.address === 'string' ? r.address : `${r.type}.${name}`;
      const module = /^((?:module\.[^.]+(?:\[[^\]]*\])?\.)*)/.exec(address)?.[1] ?? '';
      const config = configs.get(address.replace(/\[[^\]]*\]/g, ''));
      const values = structuredClone(merged(r.values));
      if (config) fillFromConfiguration(values, config.expressions, module, unknowns.get(address), address);
      const key = config?.providerKey;
      const provider = key && providers.some((p) => p.key === key) ? key : (shortProviderName(r.provider_name) ?? defaultProvider(r.type));
      const mode = r.mode === 'data' ? 'data' : 'managed';
      (mode === 'data' ? data : resources).push({ address, type: r.type, name, mode, module, values, file, provider, count: 1 });
    }
    for (const child of Array.isArray(m.child_modules) ? m.child_modules.filter(isObject) : []) walk(child);
  };
  const planned = merged(json.planned_values ?? json.values);
  walk(merged(planned.root_module));
  return {
    kind: 'plan',
    resources,
    data,
    providers,
    variables: planVariables(merged(root.variables), file),
    locals: [],
    // The values the plan was made with win; given values only fill variables the plan has none for.
    variableValues: { ...given, ...Object.fromEntries(Object.entries(merged(json.variables)).map(([k, v]) => [k, merged(v).value])) },
    outputs: Object.fromEntries(Object.entries(merged(planned.outputs)).map(([k, o]) => [k, merged(o).value])),
    providerVersions: Object.fromEntries(
      Object.values(providerConfig)
        .filter(isObject)
        .filter((p) => typeof p.name === 'string' && typeof p.version_constraint === 'string')
        .map((p) => [p.name as string, p.version_constraint as string]),
    ),
  };
}

/** The variables a plan's root module declares (their values are in the plan's `variables`). */
function planVariables(declared: Json, file?: string): TerraformVariable[] {
  return Object.entries(declared).map(([name, v]) => {
    const d = merged(v);
    return { name, ...('default' in d ? { default: d.default } : {}), hasDefault: 'default' in d, file };
  });
}

/** `after_unknown` of each planned resource instance, by address. */
function afterUnknown(changes: unknown): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const c of Array.isArray(changes) ? changes.filter(isObject) : []) {
    if (typeof c.address === 'string' && isObject(c.change)) out.set(c.address, c.change.after_unknown);
  }
  return out;
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

/** True for one expression of the plan's configuration (as opposed to a nested block of them). */
function isExpression(e: unknown): e is Json {
  return isObject(e) && ('constant_value' in e || 'references' in e || Object.keys(e).length === 0);
}

/**
 * Values unknown until apply (a key ARN, a bucket policy naming its bucket's ARN) are missing from
 * `planned_values`. The configuration still says what they will be: the expression as written (configuration JSON
 * records its `${...}` template as `constant_value`) or the resources it references; a value made only of things
 * unknown, with no reference, becomes `${<address>.<attribute>}`: unknown, not absent.
 */
function fillFromConfiguration(values: Json, exprs: Json, module: string, unknown: unknown, address: string): void {
  for (const [key, expr] of Object.entries(exprs)) {
    const current = values[key];
    const unknownHere = isObject(unknown) ? unknown[key] : undefined;
    if (isExpression(expr)) {
      if (current !== undefined && current !== null) continue;
      const refs = Array.isArray(expr.references) ? expr.references.filter((r): r is string => typeof r === 'string') : [];
      if ('constant_value' in expr && (module === '' || refs.length === 0)) values[key] = expr.constant_value;
      else if (refs.length > 0) values[key] = `\${${qualified(refs[0], module)}}`;
      else if (unknownHere === true) values[key] = `\${${address}.${key}}`;
    } else if (Array.isArray(expr) && Array.isArray(current)) {
      const list = current as unknown[];
      expr.forEach((e, i) => {
        if (isObject(e) && isObject(list[i])) fillFromConfiguration(list[i] as Json, e, module, Array.isArray(unknownHere) ? unknownHere[i] : undefined, `${address}.${key}[${i}]`);
      });
    } else if (isObject(expr) && isObject(current)) {
      fillFromConfiguration(current, expr, module, unknownHere, `${address}.${key}`);
    }
  }
}
