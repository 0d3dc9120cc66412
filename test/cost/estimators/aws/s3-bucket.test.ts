import { estimateDoc, estimateOne } from '../../fixtures';

describe('aws_s3_bucket', () => {
  it('prices the storage assumption as usage-based Standard storage', () => {
    const cost = estimateOne('aws', 'aws_s3_bucket', { bucket: 'b' }, { usage: { storageGb: 1000 } });
    expect(cost.monthlyCost).toBeCloseTo(1000 * 0.023, 6);
    expect(cost.components[0]).toMatchObject({ usageBased: true, assumption: 'usage.storageGb 1000 GB' });
  });

  it('splits the assumption across buckets so the total stays the same', () => {
    const report = estimateDoc('aws', { aws_s3_bucket: { a: {}, b: {} } }, { storageGb: 1000 });
    expect(report.resources[0].monthlyCost).toBeCloseTo(500 * 0.023, 6);
    expect(report.monthlyCost).toBeCloseTo(1000 * 0.023, 6);
    expect(report.usageBasedMonthlyCost).toBeCloseTo(report.monthlyCost, 9);
  });
});
