import { summarize } from '../../lib/cost/estimate';
import type { ResourceCost } from '../../lib/cost/model';
import { allocatePoolCost, checkPooledTenant, pooledTenantReport, poolShareLine, renderAllocationMarkdown } from '../../lib/pool/cost';
import type { PoolSizing } from '../../lib/pool/sizing';
import { tenantOf } from '../util';

const line = (address: string, monthlyCost: number): ResourceCost => ({
  address,
  type: address.split('.')[0],
  status: 'priced',
  components: [{ name: 'x', quantity: 1, unit: 'months', unitPrice: monthlyCost, monthlyCost }],
  monthlyCost,
  notes: [],
});
const sizing = {
  allocations: [
    { tenantId: 'acme', quota: { cpuMillis: 2000, memoryMiB: 4096, pods: 20 }, share: 0.3 },
    { tenantId: 'globo', quota: { cpuMillis: 1000, memoryMiB: 1024, pods: 10 }, share: 0.15 },
  ],
  unallocatedShare: 0.55,
} as unknown as PoolSizing;
const poolReport = summarize('pool-aws-us-east-1', [line('aws_eks_cluster.c', 73), line('aws_eks_node_group.n', 327)]);

describe('pool cost allocation', () => {
  const allocation = allocatePoolCost('pool-aws-us-east-1', poolReport, sizing);

  it('splits the pool cost by quota share and leaves the headroom unallocated', () => {
    expect(allocation.monthlyCost).toBe(400);
    expect(allocation.tenants).toEqual([
      { tenantId: 'acme', share: 0.3, monthlyCost: 120 },
      { tenantId: 'globo', share: 0.15, monthlyCost: 60 },
    ]);
    expect(allocation.unallocated.share).toBe(0.55);
    expect(allocation.unallocated.monthlyCost).toBeCloseTo(220, 9);
  });

  it('charges a pooled tenant its share plus its own resources', () => {
    const own = summarize('acme', [line('aws_s3_bucket.b', 2.5)]);
    const report = pooledTenantReport(own, allocation, 'acme');
    expect(report.monthlyCost).toBe(122.5);
    expect(poolShareLine(allocation, 'acme').components[0].name).toBe('Share of pool-aws-us-east-1 (30.00 % of its capacity)');
  });

  it('refuses a tenant that is not in the pool', () => {
    expect(() => poolShareLine(allocation, 'nobody')).toThrow("tenant 'nobody' is not in pool 'pool-aws-us-east-1'");
  });

  it('renders the allocation with the unallocated headroom', () => {
    expect(renderAllocationMarkdown(allocation)).toContain('| (unallocated headroom) | 55.00 % | 220.00 |');
  });

  it("checks a pooled tenant's share against its tier's budget, and explains an overrun by the pool", () => {
    const own = summarize('globo', []);
    const free = tenantOf({ id: 'globo', tier: 'free', cloud: 'aws', region: 'us-east-1' });
    // 15 % of a 400 USD pool is 60 USD: under the free budget of 100 USD.
    expect(checkPooledTenant(own, allocation, free).check.status).toBe('ok');
    const bigPool = allocatePoolCost('pool-aws-us-east-1', summarize('pool-aws-us-east-1', [line('aws_eks_node_group.n', 1000)]), sizing);
    const { check } = checkPooledTenant(own, bigPool, free);
    expect(check.status).toBe('over');
    expect(check.message).toContain("tenant 'globo' (free tier, pooled): estimated 150.00 USD/month is over the budget of 100.00 USD");
    expect(check.message).toContain('Its share follows pool-aws-us-east-1 (1000.00 USD/month for 2 tenant(s), 55.0 % of its capacity unallocated)');
    expect(check.message).toContain("raise the free tier's budget (defineTier), place the tenant in another region");
  });
});
