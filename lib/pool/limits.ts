/** The most one pool takes: beyond any of these, the next tenant of its cloud and region starts a new pool. */
export interface PoolLimits {
  /** Tenants per pool. @default DEFAULT_POOL_LIMITS.maxTenants */
  readonly maxTenants: number;
  /** Nodes the pool runs (its computed size, before the autoscaler's ceiling). @default DEFAULT_POOL_LIMITS.maxNodes */
  readonly maxNodes: number;
  /** Storage of the pool's database server, GB (the sum of its tenants' allowances). @default DEFAULT_POOL_LIMITS.maxDatabaseStorageGb */
  readonly maxDatabaseStorageGb: number;
}

/**
 * Defaults, chosen to bound the blast radius of one pool (an upgrade, an outage or a restore touches every tenant on
 * it), not cloud quotas:
 * - 50 tenants: what pools took before sharding, and where the pool database class tops out at db-large
 *   (POOL_DATABASE_STEPS).
 * - 100 nodes: the autoscaler may double it to 200, under the EKS default quota of 450 nodes per managed node group
 *   (docs.aws.amazon.com/eks/latest/userguide/service-quotas.html) and AKS's 1,000 nodes per node pool.
 * - 4,096 GB of database: one server's restore and major-version upgrade stay proportionate to a few tenants'
 *   data, far below the engines' own ceilings (RDS and Cloud SQL 64 TiB, Flexible Server 32 TiB).
 */
export const DEFAULT_POOL_LIMITS: PoolLimits = Object.freeze({ maxTenants: 50, maxNodes: 100, maxDatabaseStorageGb: 4096 });
