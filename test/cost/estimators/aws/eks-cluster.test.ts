import { estimateOne } from '../../fixtures';

describe('aws_eks_cluster', () => {
  it('charges 0.10 USD per cluster-hour: 73 USD a month', () => {
    const cost = estimateOne('aws', 'aws_eks_cluster', { name: 'c', role_arn: '${aws_iam_role.r.arn}' });
    expect(cost.status).toBe('priced');
    expect(cost.monthlyCost).toBeCloseTo(0.1 * 730, 6);
  });
});
