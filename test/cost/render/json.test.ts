import { checkBudget } from '../../../lib/cost/budget';
import { CostFileSchema, renderCostJson } from '../../../lib/cost/render/json';
import { estimateDoc } from '../fixtures';

describe('renderCostJson', () => {
  it('renders every report and the grand total', () => {
    const report = estimateDoc('aws', { aws_kms_key: { k: {} } });
    const json = JSON.parse(renderCostJson([{ report }, { report }]));
    expect(json.monthlyCost).toBe(2);
    expect(json.reports[0].resources[0]).toMatchObject({ address: 'aws_kms_key.k', status: 'priced', monthlyCost: 1 });
  });

  it('writes what CostFileSchema (the cost.json format the review reads) accepts, budget included', () => {
    const report = estimateDoc('aws', { aws_kms_key: { k: {} } });
    const parsed = CostFileSchema.safeParse(JSON.parse(renderCostJson([{ report, budget: checkBudget(report, { monthlyUsd: 1.1 }) }])));
    expect(parsed.success).toBe(true);
    expect(parsed.data?.reports[0].budget).toMatchObject({ status: 'warn', budgetUsd: 1.1 });
  });
});
