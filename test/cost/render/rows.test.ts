import { componentRows, problemLines, totalLine } from '../../../lib/cost/render/rows';
import { estimateDoc } from '../fixtures';

describe('report rows', () => {
  const report = estimateDoc('aws', { aws_s3_bucket: { b: {} }, aws_lambda_function: { f: {} } }, { storageGb: 100 });

  it('marks usage-based lines and lists what is not priced', () => {
    expect(componentRows(report)).toEqual([['aws_s3_bucket.b', 'Storage (Standard) *', '100', 'GB-months', '0.023', '2.30']]);
    expect(problemLines(report)).toEqual(['aws_lambda_function.f (not-priced): no estimator for aws_lambda_function']);
    expect(totalLine({ report })).toBe('Total: 2.30 USD/month (usage-based: 2.30)');
  });
});
