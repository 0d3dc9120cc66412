import { estimateOne } from '../../fixtures';

describe('aws_cloudwatch_metric_alarm', () => {
  it('charges 0.10 USD per standard alarm-month', () => {
    expect(estimateOne('aws', 'aws_cloudwatch_metric_alarm', { metric_name: 'CPUUtilization', period: 300 }).monthlyCost).toBeCloseTo(0.1, 9);
  });

  it('charges each metric of a metric-math alarm, at the high-resolution price under 60 s', () => {
    const cost = estimateOne('aws', 'aws_cloudwatch_metric_alarm', {
      period: 10,
      metric_query: [{ id: 'a', metric: { metric_name: 'x' } }, { id: 'b', metric: { metric_name: 'y' } }, { id: 'e', expression: 'a+b' }],
    });
    expect(cost.monthlyCost).toBeCloseTo(2 * 0.3, 9);
  });
});
