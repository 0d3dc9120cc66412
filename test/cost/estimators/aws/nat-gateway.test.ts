import { estimateOne, line } from '../../fixtures';

describe('aws_nat_gateway', () => {
  it('charges the hourly gateway price', () => {
    const cost = estimateOne('aws', 'aws_nat_gateway', { subnet_id: '${aws_subnet.a.id}' }, { region: 'eu-west-1' });
    expect(cost.monthlyCost).toBeCloseTo(0.048 * 730, 6);
  });

  it('adds data processing as a usage-based line when an assumption is given', () => {
    const cost = estimateOne('aws', 'aws_nat_gateway', {}, { usage: { natDataGb: 100 } });
    expect(line(cost, 'Data processed')).toBeCloseTo(100 * 0.045, 6);
    expect(cost.components[1].usageBased).toBe(true);
  });
});
