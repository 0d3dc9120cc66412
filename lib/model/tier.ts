import { z } from 'zod';
import {
  CacheClassSchema,
  Cloud,
  CloudSchema,
  DatabaseClassSchema,
  FrameworkSchema,
  IsolationSchema,
  SecurityLevelSchema,
} from './enums';
import { SpecError, formatIssues } from './errors';

/** Retention values CloudWatch Logs accepts (days); the other clouds accept any of them too. */
export const LOG_RETENTION_DAYS = [
  1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653,
] as const;

/** RDS, Flexible Server and Cloud SQL all cap automated backup retention at 35 days. */
export const MAX_BACKUP_RETENTION_DAYS = 35;

const positiveInt = z.number().int().positive();

/** A node pool: the size of one node and how many of them run. */
export const NodePoolSchema = z
  .strictObject({
    /** vCPUs per node. */
    vcpu: positiveInt,
    /** Memory per node, GiB. */
    memoryGiB: positiveInt,
    /** Fewest nodes the autoscaler keeps. */
    min: positiveInt,
    /** Nodes at creation. */
    desired: positiveInt,
    /** Most nodes the autoscaler may add. */
    max: positiveInt,
  })
  .refine((n) => n.min <= n.desired && n.desired <= n.max, {
    message: 'node counts must satisfy min <= desired <= max',
  });
export type NodePool = z.infer<typeof NodePoolSchema>;

export const TierSchema = z.strictObject({
  /** Tier name, as tenants refer to it. */
  name: z.string().regex(/^[a-z][a-z0-9-]{1,30}$/, 'a lowercase name of letters, digits and hyphens'),
  /** One line for humans. */
  description: z.string().min(1),
  /** `pooled`: a slice of shared infrastructure; `siloed`: dedicated cluster, database and cache. */
  isolation: IsolationSchema,
  /** Node pool size, or `custom` when each tenant must give explicit values (white-label). */
  nodes: z.union([NodePoolSchema, z.literal('custom')]),
  /** Persistent storage for the tenant's workloads and object storage allowance, GB; `custom` when each tenant gives it. */
  storageGb: z.union([positiveInt, z.literal('custom')]),
  /** Ceilings a tenant's overrides may not pass; absent means no fixed ceiling. */
  limits: z
    .strictObject({
      maxNodes: positiveInt.optional(),
      maxStorageGb: positiveInt.optional(),
      maxDatabaseStorageGb: positiveInt.optional(),
    })
    .default({}),
  /** Availability: the zones the network spans, and whether the tenant survives the loss of one zone. */
  availability: z.strictObject({
    zones: z.number().int().min(2).max(3),
    /**
     * Survive a zone outage: a standby database in another zone, cache replicas across zones, one NAT gateway per
     * zone, zone- and geo-redundant storage, zone-redundant monitoring, a regional cluster control plane.
     */
    zoneResilient: z.boolean(),
  }),
  cluster: z.strictObject({
    /** Cluster API endpoint reachable only from inside the network. */
    privateEndpointOnly: z.boolean(),
    /** Paid control-plane SLA where the cloud sells one (AKS Standard tier). */
    uptimeSla: z.boolean(),
  }),
  database: z.strictObject({
    class: DatabaseClassSchema,
    storageGb: z.number().int().min(20),
    backupRetentionDays: z.number().int().min(1).max(MAX_BACKUP_RETENTION_DAYS),
    deletionProtection: z.boolean(),
  }),
  cache: z.strictObject({
    class: CacheClassSchema,
    /** Read replicas per shard; automatic failover is on whenever there is one. */
    replicas: z.number().int().min(0).max(5),
  }),
  security: z.strictObject({ level: SecurityLevelSchema }),
  monitoring: z.strictObject({
    logRetentionDays: z.union(LOG_RETENTION_DAYS.map((d) => z.literal(d))),
    /** Managed Prometheus workspace. */
    prometheus: z.boolean(),
    /** Managed Grafana workspace. */
    grafana: z.boolean(),
    /** Metric alarms on the database and cache. */
    alarms: z.boolean(),
  }),
  compliance: z.strictObject({
    /** Frameworks a tenant on this tier may claim. */
    allowed: z.array(FrameworkSchema),
  }),
  budget: z.strictObject({
    /** What a tenant of this tier may cost a month, USD: its own resources plus, when pooled, its share of the pool. */
    monthlyUsd: z.number().positive(),
    /**
     * The budget on some clouds instead of `monthlyUsd` (the same footprint costs more on one cloud than another:
     * a pooled tenant's share of an AKS pool is dearer than of an EKS one). See `tierBudget`. @default - monthlyUsd everywhere
     */
    byCloud: z.partialRecord(CloudSchema, z.number().positive()).optional(),
    /** Percent of the budget at which synth warns. */
    warnAtPercent: z.number().min(1).max(100).default(80),
  }),
  /** Usage assumptions for usage-priced items (object storage, log ingestion), per month. */
  usage: z
    .strictObject({
      logIngestionGb: z.number().nonnegative().default(5),
    })
    .default({ logIngestionGb: 5 }),
});

/** A validated tier. */
export type Tier = z.infer<typeof TierSchema>;
/** What a tier author writes (defaults may be left out). */
export type TierInput = z.input<typeof TierSchema>;

/**
 * Validates a tier definition: use it for the built-in tiers and for your own.
 * @throws SpecError naming each invalid field.
 */
export function defineTier(input: TierInput): Tier {
  const result = TierSchema.safeParse(input, { reportInput: true });
  if (!result.success) {
    const name = typeof input?.name === 'string' ? input.name : '(unnamed)';
    throw new SpecError(formatIssues(result.error.issues, `tier '${name}' is invalid`));
  }
  return result.data;
}

/** A tier's budget for a tenant on one cloud: `budget.byCloud[cloud]` where set, else `budget.monthlyUsd`. */
export function tierBudget(tier: Tier, cloud: Cloud): { readonly monthlyUsd: number; readonly warnAtPercent: number } {
  return { monthlyUsd: tier.budget.byCloud?.[cloud] ?? tier.budget.monthlyUsd, warnAtPercent: tier.budget.warnAtPercent };
}
