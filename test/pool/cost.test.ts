import { summarize } from '../../lib/cost/estimate';
import { allocatePoolCost, pooledTenantReport, poolShareLine, renderAllocationMarkdown } from '../../lib/pool/cost';
import { costLine } from '../cost/fixtures';
import { TWO_TENANT_SIZING } from './fixtures';

const line = costLine;
const sizing = TWO_TENANT_SIZING;
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
});
