import { checkBudget } from '../../../lib/cost/budget';
import { renderCostMarkdown } from '../../../lib/cost/render/markdown';
import { estimateDoc } from '../fixtures';

describe('renderCostMarkdown', () => {
  it('renders a table, the catalogue date, the total and the budget verdict', () => {
    const report = { ...estimateDoc('aws', { aws_eks_cluster: { c: {} } }), name: 'acme' };
    const md = renderCostMarkdown([{ report, budget: checkBudget(report, { monthlyUsd: 50 }) }]);
    expect(md).toContain('## acme');
    expect(md).toContain('catalogue aws 2025-06-01');
    expect(md).toContain('| aws_eks_cluster.c | Cluster | 730 | hours | 0.1 | 73.00 |');
    expect(md).toContain('**Total: 73.00 USD/month; budget 50.00 USD: 146.0% OVER**');
    expect(md).toMatch(/> acme: estimated 73.00 USD\/month is over the budget/);
  });
});
