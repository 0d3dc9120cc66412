import { compareText } from '../../../../commands/review/private/order';

describe('compareText', () => {
  it('orders by code units, so "." sorts before "_" whatever the locale', () => {
    expect(['aws_iam_role_policy_attachment.a', 'aws_iam_role_policy.b', 'aws_iam_role.c'].sort(compareText)).toEqual([
      'aws_iam_role.c',
      'aws_iam_role_policy.b',
      'aws_iam_role_policy_attachment.a',
    ]);
    expect(compareText('B', 'a')).toBe(-1);
    expect(compareText('x', 'x')).toBe(0);
  });
});
