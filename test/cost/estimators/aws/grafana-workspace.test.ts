import { estimateOne } from '../../fixtures';

describe('aws_grafana_workspace', () => {
  it('prices one editor at 9 USD by default', () => {
    expect(estimateOne('aws', 'aws_grafana_workspace', {}).monthlyCost).toBe(9);
  });

  it('adds viewers at 5 USD each', () => {
    expect(estimateOne('aws', 'aws_grafana_workspace', {}, { usage: { grafanaEditors: 2, grafanaViewers: 3 } }).monthlyCost).toBe(2 * 9 + 3 * 5);
  });
});
