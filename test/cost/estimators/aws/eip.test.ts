import { estimateOne } from '../../fixtures';

describe('aws_eip', () => {
  it('charges 0.005 USD per public IPv4 address-hour', () => {
    expect(estimateOne('aws', 'aws_eip', { domain: 'vpc' }).monthlyCost).toBeCloseTo(0.005 * 730, 6);
  });
});
