import { estimateOne } from '../../fixtures';

describe('aws_prometheus_workspace', () => {
  it('prices the metric-sample assumption (0.90 USD per 10 million samples)', () => {
    const cost = estimateOne('aws', 'aws_prometheus_workspace', { alias: 'a' }, { usage: { prometheusSamplesMillions: 200 } });
    expect(cost.monthlyCost).toBeCloseTo(200 * 0.09, 6);
    expect(cost.components[0].usageBased).toBe(true);
  });
});
