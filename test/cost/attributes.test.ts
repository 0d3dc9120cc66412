import { UNKNOWN, asBoolean, asNumber, asString, attribute, block, blocks, isUnresolved } from '../../lib/cost/attributes';

describe('attributes', () => {
  it('reads nested blocks written as an object or a list', () => {
    expect(attribute({ a: { b: 1 } }, 'a.b')).toBe(1);
    expect(attribute({ a: [{ b: 2 }] }, 'a.b')).toBe(2);
    expect(attribute({ a: [] }, 'a.b')).toBeUndefined();
    expect(block([{ x: 1 }])).toEqual({ x: 1 });
    expect(blocks({ x: 1 })).toEqual([{ x: 1 }]);
  });

  it('marks unresolved references as UNKNOWN, on the value or on the way', () => {
    expect(isUnresolved('${aws_kms_key.x.arn}')).toBe(true);
    expect(attribute({ a: '${var.x}' }, 'a')).toBe(UNKNOWN);
    expect(attribute({ a: '${var.block}' }, 'a.b')).toBe(UNKNOWN);
    expect(asNumber(UNKNOWN)).toBe(UNKNOWN);
  });

  it('converts numeric and boolean strings', () => {
    expect(asNumber('3')).toBe(3);
    expect(asNumber('x')).toBeUndefined();
    expect(asBoolean('true')).toBe(true);
    expect(asString(5)).toBe('5');
  });
});
