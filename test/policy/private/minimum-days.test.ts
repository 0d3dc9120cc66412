import { describeValid, minimumDaysRule } from '../../../lib/policy/private/minimum-days';
import { tf } from '../helpers';

// A retention rule built from the factory, as the built-in ones are (rules/aws/rds-backup-retention.ts and others).
const retention = minimumDaysRule('/x/rules/aws/test-retention.ts', {
  description: 'test retention',
  category: 'backup',
  severity: 'warning',
  fix: 'raise it',
  types: 'aws_test',
  attribute: 'days',
  threshold: 'minBackupRetentionDays',
  defaultMinimum: 3,
  serviceDefault: 1,
  valid: { min: 0, max: 35 },
  kept: 'backups',
  exempt: (r) => r.name === 'replica',
});
const check = (days: unknown, params = {}) => retention.check(tf({ aws_test: { t: days === undefined ? {} : { days } } }), params);

describe('minimumDaysRule', () => {
  it('passes at or above the pack minimum, and the rule default without a pack threshold', () => {
    expect(check(7, { minBackupRetentionDays: 7 })).toEqual({ status: 'pass' });
    expect(check(3)).toEqual({ status: 'pass' });
  });

  it('applies the service default when unset', () => {
    expect(check(undefined)).toMatchObject({ status: 'fail', violations: [{ message: 'backups kept 1 day(s), fewer than 3' }] });
  });

  it('reports a value outside the service range as an error naming the range', () => {
    expect(check(40)).toMatchObject({ status: 'fail', violations: [{ level: 'error', message: 'days 40 is outside what the service accepts (0–35)' }] });
  });

  it('is undecided on a value not known', () => {
    expect(check('${var.days}')).toMatchObject({ status: 'undecided' });
  });

  it('skips exempt resources', () => {
    expect(retention.check(tf({ aws_test: { replica: {} } }), {})).toEqual({ status: 'pass' });
  });

  it('describes ranges and value lists', () => {
    expect(describeValid({ min: 7, max: 35 })).toBe('7–35');
    expect(describeValid({ values: [1, 3, 5] })).toBe('one of 1, 3, 5');
  });
});
