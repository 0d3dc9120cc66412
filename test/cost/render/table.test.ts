import { checkBudget } from '../../../lib/cost/budget';
import { renderCostTable } from '../../../lib/cost/render/table';
import { estimateDoc } from '../fixtures';

describe('renderCostTable', () => {
  it('aligns a table per tenant and a summary for all tenants', () => {
    const a = estimateDoc('aws', { aws_eks_cluster: { c: {} } });
    const b = estimateDoc('aws', { aws_kms_key: { k: {} } });
    const out = renderCostTable([
      { report: { ...a, name: 'acme' }, budget: checkBudget(a, { monthlyUsd: 50 }) },
      { report: { ...b, name: 'globex' } },
    ]);
    expect(out).toContain('== acme ==');
    expect(out).toMatch(/aws_eks_cluster\.c\s+Cluster\s+730\s+hours\s+0\.1\s+73\.00/);
    expect(out).toContain('Total: 73.00 USD/month; budget 50.00 USD: 146.0% OVER');
    expect(out).toMatch(/== All tenants ==\nacme\s+73\.00 USD {2}OVER/);
    expect(out).toMatch(/Total\s+74\.00 USD/);
  });
});
