import { anyOf, amount, configured, flag, text, textList } from '../../lib/policy/read';
import { Undecided } from '../../lib/policy/rule';

describe('reading the values a rule decides on', () => {
  const values = { on: 'true', off: '0', days: '14', mode: 'API', list: ['a', 'b'], block: [{ nested: 'x' }], unknown: '${var.x}', key: '${aws_kms_key.k.arn}' };

  it('reads booleans and numbers written as strings, as Terraform converts them', () => {
    expect(flag(values, 'on')).toBe(true);
    expect(flag(values, 'off')).toBe(false);
    expect(amount(values, 'days')).toBe(14);
    expect(text(values, 'block.nested')).toBe('x');
    expect(textList(values, 'list')).toEqual(['a', 'b']);
  });

  it('gives undefined for what is not set, so the provider default applies', () => {
    expect(flag(values, 'missing')).toBeUndefined();
    expect(textList(values, 'missing')).toEqual([]);
  });

  it('makes the resource undecided when the value is unknown, naming the value as written', () => {
    expect(() => flag(values, 'unknown')).toThrow(Undecided);
    expect(() => text(values, 'unknown')).toThrow(/unknown is not known \(\$\{var\.x\}\)/);
  });

  it('counts a reference as configured (a key ARN from another resource is a key)', () => {
    expect(configured(values, 'key')).toBe(true);
    expect(configured(values, 'missing')).toBe(false);
  });

  it('anyOf: true when one check holds, undecided only when none holds and one could not decide', () => {
    expect(anyOf(() => flag(values, 'unknown') === true, () => flag(values, 'on') === true)).toBe(true);
    expect(anyOf(() => flag(values, 'off') === true)).toBe(false);
    expect(() => anyOf(() => flag(values, 'unknown') === true, () => flag(values, 'off') === true)).toThrow(Undecided);
  });
});
