import { money, quantity, unitPrice } from '../../lib/cost/format';

describe('format', () => {
  it('renders money, quantities and unit prices without float noise', () => {
    expect(money(1234.5)).toBe('1,234.50');
    expect(quantity(2190)).toBe('2,190');
    expect(quantity(1 / 3)).toBe('0.3333');
    expect(unitPrice(0.0104)).toBe('0.0104');
  });
});
