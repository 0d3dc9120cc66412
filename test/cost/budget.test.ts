import { checkBudget, topCostLines } from '../../lib/cost/budget';
import { estimateDoc } from './fixtures';

/** 73 (cluster) + 2 x 140.16 (nodes) + 4 (volumes) + 1 (key) = 358.32 USD. */
const report = estimateDoc('aws', {
  aws_eks_cluster: { c: {} },
  aws_eks_node_group: { n: { instance_types: ['m6i.xlarge'], scaling_config: { desired_size: 2 } } },
  aws_kms_key: { k: {} },
});

describe('checkBudget', () => {
  it('is over budget with the total, the budget and the top three lines', () => {
    const check = checkBudget(report, { monthlyUsd: 300, warnAtPercent: 80 }, "tenant 'acme'");
    expect(check.status).toBe('over');
    expect(check.message).toMatch(/^tenant 'acme': estimated 358.32 USD\/month is over the budget of 300.00 USD \(119.4%\)/);
    expect(check.topLines.map((l) => l.address)).toEqual(['aws_eks_node_group.n', 'aws_eks_cluster.c', 'aws_eks_node_group.n']);
    expect(check.message).toMatch(/aws_eks_node_group.n: Nodes \(2 x m6i.xlarge\): 280.32 USD/);
  });

  it('warns at or above the warning threshold', () => {
    const check = checkBudget(report, { monthlyUsd: 400, warnAtPercent: 80 });
    expect(check.status).toBe('warn');
    expect(check.message).toMatch(/89.6% of the budget of 400.00 USD \(warning at 80%\)/);
  });

  it('is ok below the threshold, with no message (default threshold 80 %)', () => {
    expect(checkBudget(report, { monthlyUsd: 1000 })).toMatchObject({ status: 'ok', message: '' });
  });

  it('ranks cost lines', () => {
    expect(topCostLines(report, 1)[0].monthlyCost).toBeCloseTo(280.32, 6);
  });
});
