import { estimateOne, line } from '../../fixtures';

describe('azurerm_dashboard_grafana', () => {
  it('charges the Standard instance-hour and its active users', () => {
    const cost = estimateOne('azure', 'azurerm_dashboard_grafana', { sku: 'Standard' }, { usage: { grafanaEditors: 2, grafanaViewers: 1 } });
    expect(line(cost, 'Instance')).toBeCloseTo(0.069 * 730, 6);
    expect(line(cost, 'Active users')).toBe(3 * 6);
  });
});
