import { cloudSqlShape } from '../../../../lib/cost/estimators/gcp/sql-database-instance';
import { estimateOne, line } from '../../fixtures';

describe('google_sql_database_instance', () => {
  it('prices db-custom vCPUs and memory per hour and SSD storage', () => {
    const cost = estimateOne('gcp', 'google_sql_database_instance', {
      database_version: 'POSTGRES_16',
      settings: [{ tier: 'db-custom-2-7680', disk_size: 100, disk_type: 'PD_SSD' }],
    });
    expect(line(cost, 'vCPUs')).toBeCloseTo(2 * 0.0413 * 730, 6);
    expect(line(cost, 'Memory (7.5 GB')).toBeCloseTo(7.5 * 0.007 * 730, 6);
    expect(line(cost, 'Storage')).toBeCloseTo(100 * 0.17, 6);
  });

  it('doubles everything for availability_type REGIONAL', () => {
    const cost = estimateOne('gcp', 'google_sql_database_instance', { settings: { tier: 'db-custom-4-16384', availability_type: 'REGIONAL', disk_size: 50 } });
    expect(cost.monthlyCost).toBeCloseTo(2 * (4 * 0.0413 * 730 + 16 * 0.007 * 730 + 50 * 0.17), 6);
  });

  it('prices shared-core tiers and reports unknown tiers as missing', () => {
    expect(line(estimateOne('gcp', 'google_sql_database_instance', { settings: { tier: 'db-f1-micro' } }), 'Instance')).toBeCloseTo(0.0105 * 730, 6);
    expect(estimateOne('gcp', 'google_sql_database_instance', { settings: { tier: 'db-perf-optimized-N-2' } }).status).toBe('missing-price');
  });

  it('reads db-n1 shapes', () => {
    expect(cloudSqlShape('db-n1-standard-2')).toEqual({ vcpu: 2, memoryGb: 7.5 });
  });
});
