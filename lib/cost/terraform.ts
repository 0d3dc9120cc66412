import { UNKNOWN, Unknown, block, isUnresolved } from './attributes';

/** One resource block of a Terraform document, in a shape common to cdk.tf.json and plan JSON. */
export interface TerraformResource {
  /** Terraform address: `aws_eks_cluster.cluster`, `module.net.aws_nat_gateway.a[0]`. */
  readonly address: string;
  readonly type: string;
  readonly name: string;
  /** Construct path from the `"//"` metadata (cdk.tf.json only). */
  readonly path?: string;
  /** The resource's arguments (cdk.tf.json) or planned values (plan JSON). */
  readonly values: Record<string, unknown>;
  /** Provider configuration key: `aws`, `aws.west`, `google-beta`. */
  readonly provider: string;
  /** Instances the block stands for (`count` or a literal `for_each`); UNKNOWN when it is an expression. */
  readonly count: number | Unknown;
}

/** A Terraform document reduced to what cost estimation reads. */
export interface TerraformDocument {
  readonly format: 'cdktf' | 'plan';
  readonly resources: readonly TerraformResource[];
  /** Provider configurations by key (`aws`, `aws.west`); unresolved expressions appear as `${...}` strings. */
  readonly providers: Readonly<Record<string, Record<string, unknown>>>;
}

/** Input that is neither a cdk.tf.json nor `terraform show -json` plan output. */
export class CostInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CostInputError';
  }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Reads a resolved cdk.tf.json (`stack.toTerraform()`, the object form) or the JSON of `terraform show -json <plan>`.
 * @throws CostInputError when `json` is neither.
 */
export function readTerraformJson(json: unknown, label = 'input'): TerraformDocument {
  if (!isRecord(json)) {
    throw new CostInputError(`${label}: expected a JSON object (a cdk.tf.json or \`terraform show -json\` plan output)`);
  }
  if (isRecord(json.planned_values)) return readPlan(json);
  if ('resource' in json || 'provider' in json || 'terraform' in json) return readCdktf(json, label);
  throw new CostInputError(
    `${label}: neither a cdk.tf.json (no "resource", "provider" or "terraform" key) nor \`terraform show -json\` plan output (no "planned_values")`,
  );
}

function readCdktf(json: Record<string, unknown>, label: string): TerraformDocument {
  if (json.resource !== undefined && !isRecord(json.resource)) {
    throw new CostInputError(`${label}: "resource" must be an object of resource types`);
  }
  const resources: TerraformResource[] = [];
  for (const [type, byName] of Object.entries(json.resource ?? {})) {
    if (!isRecord(byName)) continue;
    for (const [name, body] of Object.entries(byName)) {
      if (!isRecord(body)) continue;
      const metadata = block(block(body['//'])?.metadata);
      resources.push({
        address: `${type}.${name}`,
        type,
        name,
        path: typeof metadata?.path === 'string' ? metadata.path : undefined,
        values: body,
        provider: typeof body.provider === 'string' && !isUnresolved(body.provider) ? body.provider : defaultProvider(type),
        count: countOf(body),
      });
    }
  }
  const providers: Record<string, Record<string, unknown>> = {};
  for (const [name, configs] of Object.entries(isRecord(json.provider) ? json.provider : {})) {
    for (const config of Array.isArray(configs) ? configs : [configs]) {
      if (!isRecord(config)) continue;
      const key = typeof config.alias === 'string' ? `${name}.${config.alias}` : name;
      providers[key] = config;
    }
  }
  return { format: 'cdktf', resources, providers };
}

function countOf(body: Record<string, unknown>): number | Unknown {
  const count = body.count;
  if (count !== undefined) {
    if (typeof count === 'number' && Number.isInteger(count) && count >= 0) return count;
    return UNKNOWN;
  }
  const forEach = body.for_each;
  if (forEach === undefined) return 1;
  if (Array.isArray(forEach)) return forEach.length;
  if (isRecord(forEach)) return Object.keys(forEach).length;
  return UNKNOWN;
}

/** The provider a resource type belongs to by Terraform's naming rule: the prefix before the first `_`. */
function defaultProvider(type: string): string {
  return type.split('_')[0];
}

interface PlanModule {
  resources?: unknown;
  child_modules?: unknown;
}

function readPlan(json: Record<string, unknown>): TerraformDocument {
  const resources: TerraformResource[] = [];
  const keyOf = providerKeys(json);
  const walk = (module: PlanModule | undefined) => {
    if (!module) return;
    for (const r of Array.isArray(module.resources) ? module.resources : []) {
      if (!isRecord(r) || r.mode === 'data' || typeof r.type !== 'string') continue;
      const name = typeof r.name === 'string' ? r.name : '';
      const address = typeof r.address === 'string' ? r.address : `${r.type}.${name}`;
      const baseAddress = address.replace(/\[[^\]]*\]$/, '');
      resources.push({
        address,
        type: r.type,
        name,
        values: isRecord(r.values) ? r.values : {},
        provider: keyOf.get(baseAddress) ?? shortProviderName(r.provider_name) ?? defaultProvider(r.type),
        count: 1,
      });
    }
    for (const child of Array.isArray(module.child_modules) ? module.child_modules : []) {
      if (isRecord(child)) walk(child as PlanModule);
    }
  };
  walk(block((json.planned_values as Record<string, unknown>).root_module) as PlanModule | undefined);

  const providers: Record<string, Record<string, unknown>> = {};
  const config = block(block(json.configuration)?.provider_config) ?? {};
  for (const [key, provider] of Object.entries(config)) {
    const expressions = block(block(provider)?.expressions) ?? {};
    const values: Record<string, unknown> = {};
    for (const [attr, expression] of Object.entries(expressions)) {
      const e = block(expression);
      values[attr] = e && 'constant_value' in e ? e.constant_value : '${unresolved}';
    }
    providers[key] = values;
  }
  return { format: 'plan', resources, providers };
}

/** `registry.terraform.io/hashicorp/aws` -> `aws`. */
function shortProviderName(name: unknown): string | undefined {
  return typeof name === 'string' ? name.split('/').pop() : undefined;
}

/** Root-module resource address -> provider configuration key, from the plan's `configuration` section. */
function providerKeys(json: Record<string, unknown>): Map<string, string> {
  const keys = new Map<string, string>();
  const root = block(block(json.configuration)?.root_module);
  for (const r of Array.isArray(root?.resources) ? root.resources : []) {
    if (isRecord(r) && typeof r.address === 'string' && typeof r.provider_config_key === 'string') {
      keys.set(r.address, r.provider_config_key);
    }
  }
  return keys;
}
