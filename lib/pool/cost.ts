import { z } from 'zod';
import { summarize } from '../cost/estimate';
import type { CostReport, ResourceCost } from '../cost/model';
import type { PoolSizing } from './sizing';

const Share = z.object({ share: z.number().min(0).max(1), monthlyCost: z.number().nonnegative() });

/** A pool's monthly cost split over its tenants by quota share, and what no quota claims (`allocation.json`). */
export const PoolCostAllocationSchema = z.object({
  /** The pool's stack name. */
  pool: z.string(),
  currency: z.literal('USD'),
  monthlyCost: z.number().nonnegative(),
  tenants: z.array(Share.extend({ tenantId: z.string() })),
  /** Headroom: capacity no tenant's quota claims, paid by the platform. */
  unallocated: Share,
});
export type PoolCostAllocation = z.infer<typeof PoolCostAllocationSchema>;

/**
 * Splits a pool's estimated cost by each tenant's quota share of the pool's capacity (the scarcer of CPU and
 * memory, see `sizePool`); the rest is unallocated headroom.
 */
export function allocatePoolCost(pool: string, report: CostReport, sizing: PoolSizing): PoolCostAllocation {
  const total = report.monthlyCost;
  return {
    pool,
    currency: report.currency,
    monthlyCost: total,
    tenants: sizing.allocations.map((a) => ({ tenantId: a.tenantId, share: a.share, monthlyCost: total * a.share })),
    unallocated: { share: sizing.unallocatedShare, monthlyCost: total * sizing.unallocatedShare },
  };
}

/** The resource type of a pooled tenant's pool share line in its cost report. */
export const POOL_SHARE_TYPE = 'pool_share';

/** A tenant's share of its pool, as one cost line: what its budget is checked against, with its own resources. */
export function poolShareLine(allocation: PoolCostAllocation, tenantId: string): ResourceCost {
  const mine = allocation.tenants.find((t) => t.tenantId === tenantId);
  if (!mine) throw new Error(`tenant '${tenantId}' is not in pool '${allocation.pool}'`);
  const percent = (mine.share * 100).toFixed(2);
  return {
    address: `pool.${allocation.pool}`,
    type: POOL_SHARE_TYPE,
    path: allocation.pool,
    status: 'priced',
    components: [
      {
        name: `Share of ${allocation.pool} (${percent} % of its capacity)`,
        quantity: mine.share,
        unit: 'pools',
        unitPrice: allocation.monthlyCost,
        monthlyCost: mine.monthlyCost,
      },
    ],
    monthlyCost: mine.monthlyCost,
    notes: [`allocated by quota share of ${allocation.pool}`],
  };
}

/** A pooled tenant's cost: its own resources plus its share of the pool. */
export function pooledTenantReport(own: CostReport, allocation: PoolCostAllocation, tenantId: string): CostReport {
  return summarize(own.name, [...own.resources, poolShareLine(allocation, tenantId)]);
}

/** The allocation as a markdown table. */
export function renderAllocationMarkdown(a: PoolCostAllocation): string {
  const usd = (n: number) => n.toFixed(2);
  const pct = (n: number) => `${(n * 100).toFixed(2)} %`;
  return [
    `## ${a.pool}: ${usd(a.monthlyCost)} ${a.currency}/month`,
    '',
    '| tenant | share of capacity | monthly USD |',
    '| --- | ---: | ---: |',
    ...a.tenants.map((t) => `| ${t.tenantId} | ${pct(t.share)} | ${usd(t.monthlyCost)} |`),
    `| (unallocated headroom) | ${pct(a.unallocated.share)} | ${usd(a.unallocated.monthlyCost)} |`,
    '',
  ].join('\n');
}
