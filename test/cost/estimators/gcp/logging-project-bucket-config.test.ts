import { estimateOne, line } from '../../fixtures';

describe('google_logging_project_bucket_config', () => {
  it('prices ingestion and retention beyond 30 days', () => {
    const cost = estimateOne('gcp', 'google_logging_project_bucket_config', { location: 'global', bucket_id: '_Default', retention_days: 90 }, { usage: { logIngestionGb: 10 } });
    expect(line(cost, 'Log storage')).toBeCloseTo(5, 9);
    expect(line(cost, 'Retention (90 days)')).toBeCloseTo(((10 * 60) / (730 / 24)) * 0.01, 9);
  });
});
