import { estimateOne, line } from '../../fixtures';

describe('azurerm_log_analytics_workspace', () => {
  it('prices ingestion; 30 days retention is included', () => {
    const cost = estimateOne('azure', 'azurerm_log_analytics_workspace', { retention_in_days: 30 }, { usage: { logIngestionGb: 10 } });
    expect(cost.components).toHaveLength(1);
    expect(cost.monthlyCost).toBeCloseTo(10 * 2.3, 6);
  });

  it('adds retention beyond 31 days', () => {
    const cost = estimateOne('azure', 'azurerm_log_analytics_workspace', { retention_in_days: 365 }, { usage: { logIngestionGb: 10 } });
    expect(line(cost, 'Retention')).toBeCloseTo(((10 * (365 - 31)) / (730 / 24)) * 0.1, 6);
  });
});
