import { estimateOne } from '../../fixtures';

describe('azurerm_monitor_workspace', () => {
  it('prices the metric-sample assumption', () => {
    expect(estimateOne('azure', 'azurerm_monitor_workspace', {}, { usage: { prometheusSamplesMillions: 100 } }).monthlyCost).toBeCloseTo(1.6, 9);
  });
});
