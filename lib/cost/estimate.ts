import type { Cloud } from '../model/enums';
import { PRICE_CATALOGS, PriceCatalogs } from './catalog';
import { Estimator, EstimatorContext } from './context';
import { ESTIMATORS } from './estimators';
import { freeReason } from './free';
import type { CostComponent, CostReport, CostStatus, ResourceCost } from './model';
import { cloudOfType, regionOf } from './region';
import { TerraformDocument, TerraformResource, UNKNOWN, isTerraformDocument, parseTerraform } from '../terraform-json';
import { UsageAssumptions, usageAssumptions } from './usage';

/**
 * Most copies of one resource block (`count`, `for_each`) an estimate prices. No tenant stack comes near it; beyond
 * it the count is taken for a mistake (`count: 1e308` would price as infinity) and the resource is reported instead.
 */
export const MAX_INSTANCES_PER_BLOCK = 10_000;

export interface EstimateOptions {
  /** Name of the report (tenant id, stack, file). @default 'stack' */
  readonly name?: string;
  /** Usage assumptions for usage-priced resources. @default DEFAULT_USAGE */
  readonly usage?: Partial<UsageAssumptions>;
  /** Price catalogues. @default PRICE_CATALOGS */
  readonly catalogs?: PriceCatalogs;
  /** Estimators by resource type. @default ESTIMATORS */
  readonly estimators?: Readonly<Record<string, Estimator>>;
}

/**
 * Estimates the monthly cost of a Terraform document: a resolved cdk.tf.json object (`stack.toTerraform()`), the
 * JSON of `terraform show -json <plan>`, or a document already read with `parseTerraform`.
 * @throws TerraformInputError when the JSON is neither form. Never throws on a resource: problems become statuses.
 */
export function estimateCost(input: unknown, options: EstimateOptions = {}): CostReport {
  const doc = isTerraformDocument(input) ? input : parseTerraform(input);
  const catalogs = options.catalogs ?? PRICE_CATALOGS;
  const estimators = options.estimators ?? ESTIMATORS;
  const usage = usageAssumptions(options.usage);
  const resources = doc.resources.map((r) => estimateResource(r, doc, catalogs, estimators, usage));
  return summarize(options.name ?? 'stack', resources, catalogs);
}

function estimateResource(
  resource: TerraformResource,
  doc: TerraformDocument,
  catalogs: PriceCatalogs,
  estimators: Readonly<Record<string, Estimator>>,
  usage: UsageAssumptions,
): ResourceCost {
  const base = { address: resource.address, type: resource.type, path: resource.path };
  const cloud = cloudOfType(resource.type);
  const free = freeReason(resource.type);
  if (free !== undefined) return result(base, cloud, undefined, 'free', [], [free]);
  const estimator = Object.prototype.hasOwnProperty.call(estimators, resource.type) ? estimators[resource.type] : undefined;
  if (!estimator || !cloud) return result(base, cloud, undefined, 'not-priced', [], [`no estimator for ${resource.type}`]);

  const region = regionOf(resource, cloud, doc);
  if (region === UNKNOWN) return result(base, cloud, undefined, 'unknown', [], ['region is not known until apply (an unresolved reference)']);
  if (region === undefined) return result(base, cloud, undefined, 'unknown', [], [noRegion(cloud)]);
  const prices = catalogs[cloud].regions[region];
  if (!prices) {
    return result(base, cloud, region, 'missing-price', [], [`${cloud} region '${region}' is not in the price catalogue; add it to lib/cost/catalog/${cloud}.ts`]);
  }
  if (resource.count === UNKNOWN) return result(base, cloud, region, 'unknown', [], ['count / for_each is not known until apply']);
  if (resource.count === 0) return result(base, cloud, region, 'priced', [], ['count is 0']);
  if (resource.count > MAX_INSTANCES_PER_BLOCK) {
    return result(base, cloud, region, 'failed', [], [
      `count ${resource.count} is more than ${MAX_INSTANCES_PER_BLOCK} copies of one block, taken for a mistake and not priced; fix count`,
    ]);
  }

  const ctx = new EstimatorContext(resource, doc, cloud, region, prices, usage);
  let lines: CostComponent[];
  try {
    lines = estimator(ctx).filter((l): l is CostComponent => l !== undefined);
  } catch (e) {
    return result(base, cloud, region, 'failed', [], [`estimator failed: ${e instanceof Error ? e.message : String(e)}`]);
  }
  const components = resource.count === 1 ? lines : lines.map((l) => times(l, resource.count as number));
  const invalid = components.find((c) => !Number.isFinite(c.quantity) || c.quantity < 0 || !Number.isFinite(c.monthlyCost));
  if (invalid) {
    // A negative size or count is invalid Terraform (the providers reject it); pricing it would lower the total.
    return result(base, cloud, region, 'failed', [], [
      `${invalid.name}: quantity ${invalid.quantity} ${invalid.unit} is ${invalid.quantity < 0 ? 'negative' : 'not a finite number'}, so it is not priced; fix the count or size behind it`,
    ]);
  }
  const status: CostStatus = ctx.missing.length > 0 ? 'missing-price' : ctx.unknowns.length > 0 ? 'unknown' : 'priced';
  return result(base, cloud, region, status, components, [...ctx.missing, ...ctx.unknowns, ...ctx.notes]);
}

function noRegion(cloud: Cloud): string {
  switch (cloud) {
    case 'aws':
      return 'no region: set `region` on the aws provider';
    case 'azure':
      return 'no region: set `location` on the resource';
    case 'gcp':
      return 'no region: set `region` on the google provider or `location` on the resource';
  }
}

/** A component for `count` copies of a resource block. */
function times(line: CostComponent, count: number): CostComponent {
  return { ...line, name: `${line.name} (count ${count})`, quantity: line.quantity * count, monthlyCost: line.monthlyCost * count };
}

function result(
  base: { address: string; type: string; path?: string },
  cloud: Cloud | undefined,
  region: string | undefined,
  status: CostStatus,
  components: readonly CostComponent[],
  notes: readonly string[],
): ResourceCost {
  const monthlyCost = components.reduce((sum, c) => sum + c.monthlyCost, 0);
  return {
    ...base,
    cloud,
    region,
    status,
    components,
    monthlyCost,
    notes,
  };
}

/** Builds a report from resource estimates (also used to merge several documents into one tenant's report). */
export function summarize(name: string, resources: readonly ResourceCost[], catalogs: PriceCatalogs = PRICE_CATALOGS): CostReport {
  const clouds = new Set(resources.map((r) => r.cloud).filter((c): c is Cloud => c !== undefined));
  const catalogDates: Partial<Record<Cloud, string>> = {};
  for (const cloud of clouds) catalogDates[cloud] = catalogs[cloud].effectiveDate;
  let monthlyCost = 0;
  let usageBasedMonthlyCost = 0;
  for (const r of resources) {
    for (const c of r.components) {
      monthlyCost += c.monthlyCost;
      if (c.usageBased) usageBasedMonthlyCost += c.monthlyCost;
    }
  }
  return {
    name,
    currency: 'USD',
    catalogDates,
    resources,
    monthlyCost,
    usageBasedMonthlyCost,
    notPricedTypes: [...new Set(resources.filter((r) => r.status === 'not-priced').map((r) => r.type))].sort(),
    incomplete: resources
      .filter((r) => r.status === 'missing-price' || r.status === 'unknown' || r.status === 'failed')
      .map((r) => `${r.address}: ${r.notes[0] ?? r.status}`),
  };
}
