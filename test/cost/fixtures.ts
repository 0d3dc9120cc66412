import type { Cloud } from '../../lib/model/enums';
import { estimateCost } from '../../lib/cost/estimate';
import type { CostReport, ResourceCost } from '../../lib/cost/model';
import type { UsageAssumptions } from '../../lib/cost/usage';

/** Default test regions, one per cloud. */
const REGION: Record<Cloud, string> = { aws: 'us-east-1', azure: 'eastus', gcp: 'us-central1' };

/** A cdk.tf.json object with one provider block and the given resources (`{ type: { name: values } }`). */
export function tfJson(cloud: Cloud, resource: Record<string, Record<string, object>>, region = REGION[cloud]): Record<string, unknown> {
  const provider =
    cloud === 'aws' ? { aws: [{ region }] } : cloud === 'gcp' ? { google: [{ region, project: 'p' }] } : { azurerm: [{ features: [{}] }] };
  return { provider, resource };
}

/** Estimates a document holding one resource (plus `extra`) and returns the first resource's estimate. */
export function estimateOne(
  cloud: Cloud,
  type: string,
  values: Record<string, unknown>,
  options: { region?: string; usage?: Partial<UsageAssumptions>; extra?: Record<string, Record<string, object>> } = {},
): ResourceCost {
  const region = options.region ?? REGION[cloud];
  const withLocation = cloud === 'azure' && values.location === undefined ? { location: region, ...values } : values;
  const report = estimateCost(tfJson(cloud, { [type]: { r: withLocation }, ...options.extra }, region), { usage: options.usage });
  return report.resources.find((r) => r.address === `${type}.r`)!;
}

/** Estimates a whole document. */
export function estimateDoc(cloud: Cloud, resource: Record<string, Record<string, object>>, usage?: Partial<UsageAssumptions>): CostReport {
  return estimateCost(tfJson(cloud, resource), { usage });
}

/** The monthly cost of the component whose name starts with `prefix`. */
export function line(cost: ResourceCost, prefix: string): number {
  const c = cost.components.find((x) => x.name.startsWith(prefix));
  if (!c) throw new Error(`no component starting with '${prefix}' in ${cost.components.map((x) => x.name).join(', ')}`);
  return c.monthlyCost;
}

/** A priced cost line of one component: `line('aws_eks_cluster.c', 73)`. */
export function costLine(address: string, monthlyCost: number): ResourceCost {
  return {
    address,
    type: address.split('.')[0],
    status: 'priced',
    components: [{ name: 'x', quantity: 1, unit: 'months', unitPrice: monthlyCost, monthlyCost }],
    monthlyCost,
    notes: [],
  };
}
