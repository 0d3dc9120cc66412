// The benchmark's baseline: a plain cdktf app with the same stacks and resources as a synth of this library, as a
// user would write it with the provider classes and none of this library's constructs, validations, cost or
// policy. Every resource, data source, provider and output of each synthesized stack becomes an instance of its
// provider class (`aws_eks_cluster` -> `EksCluster` from @cdktf/provider-aws/lib/eks-cluster) with the same
// attributes as props; a `${type.name.attr}` reference to another element of the stack becomes a real reference
// token, as `cluster.name` would be in hand-written code.
import * as fs from 'fs';
import * as path from 'path';
import {
  App,
  DataTerraformRemoteState,
  TerraformDataSource,
  TerraformElement,
  TerraformOutput,
  TerraformProvider,
  TerraformResource,
  TerraformStack,
} from 'cdktf';
import type { Construct } from 'constructs';

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** One synthesized stack, read before the clock starts. */
export interface StackJson {
  readonly name: string;
  readonly json: Json;
}

/** Every stack of a synth folder (`<dir>/stacks/<name>/cdk.tf.json`). */
export function readSynthFolder(dir: string): StackJson[] {
  const stacks = path.join(dir, 'stacks');
  return fs
    .readdirSync(stacks)
    .sort()
    .filter((name) => fs.existsSync(path.join(stacks, name, 'cdk.tf.json')))
    .map((name) => ({ name, json: JSON.parse(fs.readFileSync(path.join(stacks, name, 'cdk.tf.json'), 'utf8')) as Json }));
}

/** The npm package of a provider's classes, by the provider's local name. */
const PACKAGES: Readonly<Record<string, string>> = {
  aws: '@cdktf/provider-aws',
  azurerm: '@cdktf/provider-azurerm',
  google: '@cdktf/provider-google',
  kubernetes: '@cdktf/provider-kubernetes',
  postgresql: '@cdktf/provider-postgresql',
  random: '@cdktf/provider-random',
};

const pascal = (kebab: string) => kebab.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
const camel = (snake: string) => snake.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());

type ElementClass = new (scope: Construct, id: string, config: Json) => TerraformElement;

/** The provider class of a resource or data source type, or of a provider; undefined when there is none. */
function classOf(type: string, mode: 'managed' | 'data' | 'provider'): ElementClass | undefined {
  const provider = type.split('_')[0];
  const pkg = PACKAGES[provider];
  if (!pkg) return undefined;
  const name = mode === 'provider' ? 'provider' : mode === 'data' ? `data-${type.replace(/_/g, '-')}` : type.slice(provider.length + 1).replace(/_/g, '-');
  const exported = mode === 'provider' ? `${pascal(provider)}Provider` : pascal(name);
  let module: Record<string, unknown>;
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    module = require(`${pkg}/lib/${name}`) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (mode === 'provider') return module[exported] as ElementClass | undefined;
  // Generated classes carry their type (`static tfResourceType`); some names get a suffix (`S3BucketVersioningA`).
  const byType = Object.values(module).find((v) => typeof v === 'function' && (v as { tfResourceType?: string }).tfResourceType === type);
  return (byType ?? module[exported]) as ElementClass | undefined;
}

/** Loads every provider class the stacks use, so module loading stays out of the measured time. */
export function preloadClasses(stacks: readonly StackJson[]): void {
  for (const { json } of stacks) {
    for (const type of Object.keys((json.provider ?? {}) as Json)) classOf(type, 'provider');
    for (const type of Object.keys((json.resource ?? {}) as Json)) classOf(type, 'managed');
    for (const type of Object.keys((json.data ?? {}) as Json)) classOf(type, 'data');
  }
}

/** Attributes the element constructors take as meta-arguments or that Terraform JSON writes outside the props. */
const META = new Set(['//', 'depends_on', 'provider', 'for_each', 'count', 'lifecycle', 'alias']);
/** Maps whose keys are data (tags, labels, ConfigMap data), not attribute names: kept as written. */
const DATA_MAPS = new Set(['tags', 'labels', 'annotations', 'data', 'default_labels', 'match_labels', 'node_selector', 'selector', 'parameters', 'values', 'binary_data', 'string_data']);

class GenericResource extends TerraformResource {
  attrs: Json = {};
  protected override synthesizeAttributes(): Json {
    return this.attrs;
  }
}
class GenericDataSource extends TerraformDataSource {
  attrs: Json = {};
  protected override synthesizeAttributes(): Json {
    return this.attrs;
  }
}

/** What the baseline built: how many elements came from provider classes, and how many fell back to a generic element. */
export interface PlainAppSummary {
  readonly stacks: number;
  readonly classElements: number;
  readonly genericElements: number;
}

/** Rebuilds `stacks` as a plain cdktf app in `app`, with provider classes wherever they exist. */
export function buildPlainApp(app: App, stacks: readonly StackJson[]): PlainAppSummary {
  let classElements = 0;
  let genericElements = 0;
  for (const { name, json } of stacks) {
    const stack = new TerraformStack(app, name);
    const elements = new Map<string, TerraformResource | TerraformDataSource>();
    const tokenize = (value: unknown): unknown => {
      if (typeof value !== 'string') return value;
      return value.replace(/\$\{((?:data\.)?[a-z0-9_]+\.[A-Za-z0-9_-]+)\.([A-Za-z0-9_.[\]]+)\}/g, (whole, address: string, attr: string) => {
        const element = elements.get(address);
        return element ? element.getStringAttribute(attr.replace(/\[(\d+)\]/g, '.$1')) : whole;
      });
    };
    const toProps = (value: unknown, keepKeys = false): unknown => {
      if (Array.isArray(value)) return value.map((v) => toProps(v));
      if (!isObject(value)) return tokenize(value);
      return Object.fromEntries(
        Object.entries(value)
          .filter(([k]) => keepKeys || !META.has(k))
          .map(([k, v]) => [keepKeys ? k : camel(k), toProps(v, DATA_MAPS.has(k))]),
      );
    };

    const required = (isObject(json.terraform) && isObject(json.terraform.required_providers) ? json.terraform.required_providers : {}) as Json;
    for (const [type, configs] of Object.entries((json.provider ?? {}) as Json)) {
      (configs as Json[]).forEach((config, i) => {
        const Class = classOf(type, 'provider');
        if (Class) {
          new Class(stack, `${type}-${i}`, { ...(toProps(config) as Json), alias: config.alias });
          classElements++;
        } else {
          const source = isObject(required[type]) ? String((required[type] as Json).source) : type;
          const p = new (class extends TerraformProvider {
            protected override synthesizeAttributes(): Json {
              return config;
            }
          })(stack, `${type}-${i}`, { terraformResourceType: type, terraformProviderSource: source });
          void p;
          if (process.env.PLAIN_APP_DEBUG) console.error(`generic provider ${type}`);
          genericElements++;
        }
      });
    }

    // Every element first (references may point forward), then their props.
    const pending: { create: () => void }[] = [];
    for (const [mode, section] of [['managed', json.resource], ['data', json.data]] as const) {
      for (const [type, byName] of Object.entries((section ?? {}) as Json)) {
        for (const [logical, raw] of Object.entries(byName as Json)) {
          const body = raw as Json;
          const address = mode === 'managed' ? `${type}.${logical}` : `data.${type}.${logical}`;
          if (mode === 'data' && type === 'terraform_remote_state') {
            const backend = String(body.backend);
            const config = (body.config ?? {}) as Json;
            const remote = new DataTerraformRemoteState(stack, logical, toProps(config) as never);
            remote.addOverride('backend', backend);
            elements.set(address, remote as unknown as TerraformDataSource);
            classElements++;
            continue;
          }
          const Class = classOf(type, mode);
          if (Class) {
            // A provider class takes its props in the constructor: create it when every element exists.
            pending.push({
              create: () => {
                try {
                  const element = new Class(stack, logical, toProps(body) as Json) as TerraformResource;
                  elements.set(address, element);
                  classElements++;
                } catch (e) {
                  if (process.env.PLAIN_APP_DEBUG) console.error(`generic ${type}: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}`);
                  const element = mode === 'managed' ? new GenericResource(stack, logical, { terraformResourceType: type }) : new GenericDataSource(stack, logical, { terraformResourceType: type });
                  element.attrs = body;
                  elements.set(address, element);
                  genericElements++;
                }
              },
            });
          } else {
            const element = mode === 'managed' ? new GenericResource(stack, logical, { terraformResourceType: type }) : new GenericDataSource(stack, logical, { terraformResourceType: type });
            element.attrs = body;
            elements.set(address, element);
            if (process.env.PLAIN_APP_DEBUG) console.error(`generic ${type}: no class`);
            genericElements++;
          }
        }
      }
    }
    // References to elements not built yet stay literal strings (a forward reference in hand-written code is a
    // variable declared later); build in declaration order, as code would.
    for (const p of pending) p.create();
    for (const [id, output] of Object.entries((json.output ?? {}) as Json)) {
      new TerraformOutput(stack, id, { value: tokenize((output as Json).value) });
    }
    if (isObject(json.terraform) && json.terraform.backend) stack.addOverride('terraform.backend', json.terraform.backend);
  }
  return { stacks: stacks.length, classElements, genericElements };
}
