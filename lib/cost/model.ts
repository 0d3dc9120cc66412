import type { Cloud } from '../model/enums';

/** One priced line of a resource: what is charged, how much of it per month and at what unit price. */
export interface CostComponent {
  /** What the line charges for, e.g. `Nodes (3 x m6i.xlarge)`. */
  readonly name: string;
  /** Units per month, e.g. 2190 hours for three instances running all month. */
  readonly quantity: number;
  /** The unit of `quantity`: `hours`, `GB-months`, `GB`, `months`... */
  readonly unit: string;
  /** Price of one unit, in the report currency. */
  readonly unitPrice: number;
  /** quantity x unitPrice. */
  readonly monthlyCost: number;
  /** True when the quantity is an assumption about usage (GB stored, GB ingested, users), not a provisioned size. */
  readonly usageBased?: boolean;
  /** Where a usage-based quantity comes from. */
  readonly assumption?: string;
}

/**
 * - `priced`: every component found its price.
 * - `free`: a resource type with no charge of its own (VPC, IAM, route table...).
 * - `not-priced`: no estimator for the type: the report lists it, it is never counted as zero silently.
 * - `missing-price`: the estimator knows the type, but the catalogue lacks its region, size or SKU.
 * - `unknown`: a price-driving attribute is an unresolved reference.
 * - `failed`: the estimator threw on unexpected input.
 */
export type CostStatus = 'priced' | 'free' | 'not-priced' | 'missing-price' | 'unknown' | 'failed';

/** The estimate of one Terraform resource. */
export interface ResourceCost {
  /** Terraform address: `aws_eks_cluster.cluster`, `module.net.aws_nat_gateway.a[0]`. */
  readonly address: string;
  readonly type: string;
  /** Construct path from the `"//"` metadata of a cdk.tf.json, when present. */
  readonly path?: string;
  readonly cloud?: Cloud;
  readonly region?: string;
  readonly status: CostStatus;
  readonly components: readonly CostComponent[];
  /** Sum of the components. */
  readonly monthlyCost: number;
  /** Why a resource is not fully priced, and assumptions worth reading. */
  readonly notes: readonly string[];
}

/** The estimate of one stack or plan. */
export interface CostReport {
  /** Tenant id, stack name or file the report is about. */
  readonly name: string;
  readonly currency: 'USD';
  /** Effective date of each catalogue used. */
  readonly catalogDates: Readonly<Partial<Record<Cloud, string>>>;
  readonly resources: readonly ResourceCost[];
  /** Sum over every resource. */
  readonly monthlyCost: number;
  /** The part of monthlyCost that rests on usage assumptions. */
  readonly usageBasedMonthlyCost: number;
  /** Resource types with no estimator, each listed once. */
  readonly notPricedTypes: readonly string[];
  /** Resources the catalogue could not price (missing region/size) or whose inputs are unresolved. */
  readonly incomplete: readonly string[];
}
