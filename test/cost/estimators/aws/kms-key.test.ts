import { estimateOne } from '../../fixtures';

describe('aws_kms_key', () => {
  it('charges 1 USD per key-month', () => {
    expect(estimateOne('aws', 'aws_kms_key', { enable_key_rotation: true }).monthlyCost).toBe(1);
  });
});
