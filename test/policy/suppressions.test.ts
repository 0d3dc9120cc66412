import { checkTerraform } from '../../lib/policy/engine';
import type { Finding } from '../../lib/policy/finding';
import { applySuppressions, isExpired, suppressionMatches } from '../../lib/policy/suppressions';
import { tf } from './helpers';

const finding: Finding = {
  ruleId: 'aws-s3-access-logging',
  status: 'fail',
  level: 'error',
  category: 'extended-logging',
  address: 'aws_s3_bucket.data',
  path: 'tenant-acme/platform/storage/bucket',
  message: 'no logging',
  fix: 'add logging',
  packs: ['soc2'],
  controls: [{ pack: 'soc2', control: 'CC7.2' }],
};
const reason = 'the log bucket itself; logging it would loop';

describe('suppressionMatches', () => {
  it('matches per rule, and per resource by address, construct path or parent construct path', () => {
    expect(suppressionMatches({ rule: 'aws-s3-access-logging', reason }, finding)).toBe(true);
    expect(suppressionMatches({ rule: 'aws-s3-access-logging', resource: 'aws_s3_bucket.data', reason }, finding)).toBe(true);
    expect(suppressionMatches({ rule: 'aws-s3-access-logging', resource: 'tenant-acme/platform/storage', reason }, finding)).toBe(true);
    expect(suppressionMatches({ rule: 'aws-s3-access-logging', resource: 'tenant-acme/platform/stor', reason }, finding)).toBe(false);
    expect(suppressionMatches({ rule: 'aws-s3-access-logging', resource: 'aws_s3_bucket.other', reason }, finding)).toBe(false);
    expect(suppressionMatches({ rule: 'aws-vpc-flow-logs', reason }, finding)).toBe(false);
  });
});

describe('expiry', () => {
  it('holds through the expiry day and lapses the day after', () => {
    const s = { rule: 'r', reason, expires: '2025-06-30' };
    expect(isExpired(s, new Date('2025-06-30T23:59:00Z'))).toBe(false);
    expect(isExpired(s, new Date('2025-07-01T00:00:00Z'))).toBe(true);
    expect(isExpired({ rule: 'r', reason }, new Date('2999-01-01'))).toBe(false);
  });

  it('brings an expired finding back, noting the lapsed suppression', () => {
    const [f] = applySuppressions([finding], [{ rule: finding.ruleId, reason, expires: '2020-01-01' }], new Date('2025-01-01')).findings;
    expect(f.suppressed).toBeUndefined();
    expect(f.expiredSuppression).toEqual({ reason, expires: '2020-01-01', by: 'tenant' });
  });
});

describe('suppressions in the engine', () => {
  const doc = tf({ aws_kms_key: { k: { deletion_window_in_days: 7, enable_key_rotation: true } } });

  it('keeps a suppressed finding in the report, marked suppressed, and it no longer blocks', () => {
    const suppressions = [{ rule: 'aws-kms-deletion-window', resource: 'aws_kms_key.k', reason: 'short window for a scratch key' }];
    const report = checkTerraform(doc, { packs: ['pci-dss', 'hipaa'], suppressions });
    expect(report.findings).toEqual([expect.objectContaining({ ruleId: 'aws-kms-deletion-window', suppressed: expect.objectContaining({ by: 'tenant' }) })]);
    expect(report.summary).toMatchObject({ errors: 0, suppressed: 1 });
  });

  it('lists suppressions that matched nothing', () => {
    const report = checkTerraform(doc, { suppressions: [{ rule: 'aws-vpc-flow-logs', reason: 'no VPC in this stack at all' }] });
    expect(report.unusedSuppressions).toEqual([{ rule: 'aws-vpc-flow-logs', resource: undefined }]);
  });
});
