/**
 * Terraform JSON in, one normalised document out. Accepts the JSON configuration syntax (a stack's
 * `toTerraform()`, a cdk.tf.json, any `*.tf.json`, JSON converted from HCL) and the JSON of
 * `terraform show -json <planfile>` (or of a state). Cost estimation and policy checks both read this document.
 */
import { countOf, fromConfig } from './config';
import { callsFunction } from './expressions';
import { inputError } from './errors';
import { fromPlan } from './plan';
import { isObject, type Json, type Unknown } from './values';
import { TerraformLocal, TerraformVariable, VariableValues, evaluateValue, hasInputs, moduleScope } from './variables';
import { constrainedMajor } from './versions';

export { TerraformInputError } from './errors';
export type { TerraformInputReason } from './errors';

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
  /** `variable` blocks (configuration JSON, or a plan's root module). */
  readonly variables: readonly TerraformVariable[];
  /** `locals` entries as written (configuration JSON only: plans do not record them). */
  readonly locals: readonly TerraformLocal[];
  /** Values given for variables: `--var`/`--var-file` inputs, or the values a plan was made with. */
  readonly variableValues: VariableValues;
  /** Output values by name (`output.<name>.value`, or a plan's planned output values). */
  readonly outputs: Readonly<Record<string, unknown>>;
  /** Version constraints by provider name: `terraform.required_providers` or a plan's `version_constraint`s. */
  readonly providerVersions: Readonly<Record<string, string>>;
}

/** How to read a document. */
export interface ParseOptions {
  /** Values of input variables, as `-var` and `*.tfvars` give them; they win over declared defaults. @default {} */
  readonly variables?: VariableValues;
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
export function parseTerraform(json: unknown, file?: string, options: ParseOptions = {}): TerraformDocument {
  if (isPlanJson(json)) return resolveExpressions(fromPlan(json as Json, file, options.variables));
  if (isConfigJson(json)) return resolveExpressions(fromConfig(json as Json, file, options.variables));
  throw inputError(
    file,
    'not Terraform JSON: expected a configuration (resource/provider/data blocks) or `terraform show -json` output (planned_values)',
    isObject(json) ? 'not-terraform' : 'not-an-object',
  );
}

/**
 * Joins documents of one module (e.g. every `*.tf.json` of a folder) so cross-resource readers see them all, and
 * resolves again what one file's variables and locals decide in another.
 */
export function mergeDocuments(docs: readonly TerraformDocument[]): TerraformDocument {
  return resolveExpressions({
    kind: docs.some((d) => d.kind === 'plan') ? 'plan' : 'config',
    resources: docs.flatMap((d) => d.resources),
    data: docs.flatMap((d) => d.data),
    providers: docs.flatMap((d) => d.providers),
    variables: docs.flatMap((d) => d.variables),
    locals: docs.flatMap((d) => d.locals),
    variableValues: Object.assign({}, ...docs.map((d) => d.variableValues)),
    outputs: Object.assign({}, ...docs.map((d) => d.outputs)),
    providerVersions: Object.assign({}, ...docs.map((d) => d.providerVersions)),
  });
}

/**
 * Evaluates every expression of the document over its variables and locals: `"${var.x}"` becomes the variable's
 * value, `"${local.name}-logs"` a string; what stays unknown stays `${...}` text. Nothing to do without variables,
 * locals or given values (a cdk.tf.json), so such documents are returned as they are.
 */
function resolveExpressions(doc: TerraformDocument): TerraformDocument {
  const inputs = hasInputs({ variables: doc.variables, locals: doc.locals, values: doc.variableValues });
  if (!inputs && !doc.resources.some((r) => callsFunction(r.values)) && !doc.data.some((r) => callsFunction(r.values))) return doc;
  const scope = moduleScope({ variables: doc.variables, locals: doc.locals, values: doc.variableValues });
  const resolve = (r: TerraformResource): TerraformResource => {
    // A child module's `var.*` are its own inputs, not the root module's variables: a plan shows them as written.
    if (r.module !== '') return r;
    const values = evaluateValue(r.values, scope) as Json;
    // Plans list every instance on its own; configuration blocks stand for `count` or `for_each` instances.
    return { ...r, values, count: doc.kind === 'plan' ? r.count : countOf(values) };
  };
  return {
    ...doc,
    resources: doc.resources.map(resolve),
    data: doc.data.map(resolve),
    providers: doc.providers.map((p) => ({ ...p, values: evaluateValue(p.values, scope) as Json })),
    outputs: evaluateValue(doc.outputs, scope) as Record<string, unknown>,
  };
}

/** The major version of a provider the document's constraints pin (`aws` `~> 5.0` -> 5), or undefined. */
export function providerMajor(doc: TerraformDocument, provider: string): number | undefined {
  return constrainedMajor(doc.providerVersions[provider]);
}

/** The provider configuration a resource uses, if the document has it. */
export function providerOf(doc: TerraformDocument, resource: TerraformResource): TerraformProvider | undefined {
  return doc.providers.find((p) => p.key === resource.provider);
}

