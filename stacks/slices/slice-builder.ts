import type { TerraformStack } from 'cdktf';
import type { ResolvedTenant } from '../../lib/spec/resolve';
import type { PoolStack } from '../pool-stack';
import type { WorkloadAccess } from '../workloads/access';

/** What a cloud's slice builder is given. */
export interface SliceContext {
  readonly stack: TerraformStack;
  readonly tenant: ResolvedTenant;
  /** The pool the tenant lives in: its platform construct and outputs (cross-stack references). */
  readonly pool: PoolStack;
  /** Tags for the tenant's own cloud resources. */
  readonly tags: Record<string, string>;
}

/** The tenant's own resources in a pool: built before the workload identity exists, granted to it after. */
export interface SliceResources {
  /** The tenant's own bucket (or `account/container` on Azure). */
  readonly bucketName: string;
  /** The tenant's database on the pool's server. */
  readonly databaseName: string;
  /** Grants the tenant's workload identity its access to the slice's database, cache and storage. */
  grant(access: WorkloadAccess): void;
}

/** Builds a pooled tenant's own resources on one cloud. */
export interface SliceBuilder {
  build(context: SliceContext): SliceResources;
}
