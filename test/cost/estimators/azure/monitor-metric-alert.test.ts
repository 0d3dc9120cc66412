import { estimateOne } from '../../fixtures';

describe('azurerm_monitor_metric_alert', () => {
  it('charges 0.10 USD per time series: criteria x scopes', () => {
    const cost = estimateOne('azure', 'azurerm_monitor_metric_alert', {
      location: 'global',
      scopes: ['${azurerm_postgresql_flexible_server.db.id}'],
      criteria: [{ metric_name: 'cpu_percent' }, { metric_name: 'memory_percent' }],
    }, { extra: { azurerm_resource_group: { g: { location: 'eastus' } } } });
    expect(cost.monthlyCost).toBeCloseTo(0.2, 9);
  });
});
