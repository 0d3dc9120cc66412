import { utilization } from '../../../commands/recommend/model';
import { figure, percent, reading } from '../../../commands/recommend/text';

describe('text', () => {
  it('prints figures without float noise and shares as percents', () => {
    expect([figure(6.3359), figure(12), figure(0.1 + 0.2)]).toEqual(['6.34', '12', '0.3']);
    expect(percent(0.8)).toBe('80 %');
  });

  it('reads a utilization at its p95 or maximum, storage as used, percentages alone', () => {
    const cpu = utilization('cpu', 'cores', 5.4, 6.34, 'high', 6.1);
    expect(reading(cpu)).toBe('CPU p95 5.4 of 6.34 cores (85 %)');
    expect(reading(cpu, 'max')).toBe('CPU max 6.1 of 6.34 cores (96 %)');
    expect(reading(utilization('databaseStorage', 'GB', 95, 100, 'high'))).toBe('database storage used 95 of 100 GB (95 %)');
    expect(reading(utilization('databaseCpu', 'percent', 86, 100, 'high'))).toBe('database CPU p95 86 %');
  });
});
