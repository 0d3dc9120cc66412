import { estimateOne, line } from '../../fixtures';

describe('aws_cloudwatch_log_group', () => {
  it('prices ingestion and retained storage from the log assumption', () => {
    const cost = estimateOne('aws', 'aws_cloudwatch_log_group', { retention_in_days: 365 }, { usage: { logIngestionGb: 20 } });
    expect(line(cost, 'Log ingestion')).toBeCloseTo(20 * 0.5, 6);
    expect(line(cost, 'Log storage (365 days')).toBeCloseTo(((20 * 365) / (730 / 24)) * 0.03, 6);
    expect(cost.components.every((c) => c.usageBased)).toBe(true);
  });

  it('assumes a year of storage for logs that never expire, and says so', () => {
    const cost = estimateOne('aws', 'aws_cloudwatch_log_group', {}, { usage: { logIngestionGb: 1 } });
    expect(cost.notes.join()).toMatch(/never expire/);
    expect(line(cost, 'Log storage (365 days')).toBeGreaterThan(0);
  });
});
