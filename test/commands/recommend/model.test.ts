import { mergeOverrides, utilization } from '../../../commands/recommend/model';

describe('utilization', () => {
  it('rounds figures and works out percentages of capacity', () => {
    expect(utilization('cpu', 'cores', 5.4, 6.3359, 'high', 6)).toEqual({
      metric: 'cpu',
      unit: 'cores',
      p95: 5.4,
      max: 6,
      capacity: 6.34,
      p95Percent: 85.2,
      maxPercent: 94.7,
      level: 'high',
    });
    expect(utilization('storage', 'GB', 50, 100, 'ok')).toEqual({ metric: 'storage', unit: 'GB', p95: 50, capacity: 100, p95Percent: 50, level: 'ok' });
    expect(utilization('cpu', 'cores', 1, 0, 'high').p95Percent).toBe(0);
  });
});

describe('mergeOverrides', () => {
  it('merges nodes and database field by field, later patches winning', () => {
    const merged = mergeOverrides(
      { nodes: { vcpu: 8, memoryGiB: 32, min: 3, desired: 3, max: 10 }, database: { backupRetentionDays: 35 }, logRetentionDays: 365 },
      { nodes: { min: 4, desired: 4 } },
      undefined,
      { database: { storageGb: 600 }, storageGb: 900 },
    );
    expect(merged).toEqual({
      nodes: { vcpu: 8, memoryGiB: 32, min: 4, desired: 4, max: 10 },
      database: { backupRetentionDays: 35, storageGb: 600 },
      logRetentionDays: 365,
      storageGb: 900,
    });
    expect(mergeOverrides()).toEqual({});
  });
});
