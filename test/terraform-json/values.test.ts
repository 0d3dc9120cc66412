import { UNKNOWN, asBoolean, asNumber, asString, attribute, block, blockAt, blocks, get, isFalse, isSet, isTrue, isUnresolved, num, strings } from '../../lib/terraform-json';

describe('attributes', () => {
  it('reads nested blocks written as an object or a list', () => {
    expect(attribute({ a: { b: 1 } }, 'a.b')).toBe(1);
    expect(attribute({ a: [{ b: 2 }] }, 'a.b')).toBe(2);
    expect(attribute({ a: [] }, 'a.b')).toBeUndefined();
    expect(block({ a: [{ x: 1 }] }, 'a')).toEqual({ x: 1 });
    expect(blocks({ a: { x: 1 } }, 'a')).toEqual([{ x: 1 }]);
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

  it('marks a `${...}` value UNKNOWN in every coercion', () => {
    expect([asNumber('${var.n}'), asString('${var.s}'), asBoolean('${var.b}')]).toEqual([UNKNOWN, UNKNOWN, UNKNOWN]);
  });
});

describe('get and blockAt', () => {
  it('return values as written: references stay strings, a reference on the way gives undefined', () => {
    expect(get({ a: [{ b: '${var.x}' }] }, 'a.b')).toBe('${var.x}');
    expect(get({ a: '${var.block}' }, 'a.b')).toBeUndefined();
    expect(get({ a: { b: null } }, 'a.b')).toBeNull();
    expect(blockAt({ a: { b: '${var.x}' } }, 'a.b')).toBeUndefined();
  });
});

describe('checks on raw values', () => {
  it('reads booleans, numbers and lists written as strings', () => {
    expect([isTrue(true), isTrue('true'), isTrue('${var.x}'), isTrue(1)]).toEqual([true, true, false, false]);
    expect([isFalse(false), isFalse('false'), isFalse(undefined)]).toEqual([true, true, false]);
    expect([num(7), num('30'), num('${var.days}'), num(undefined)]).toEqual([7, 30, undefined, undefined]);
    expect(strings('a')).toEqual(['a']);
    expect(strings(['a', 1, 'b'])).toEqual(['a', 'b']);
  });

  it('counts a reference or any non-empty value as set', () => {
    expect([isSet('${aws_kms_key.k.arn}'), isSet(0), isSet(['x']), isSet(''), isSet([]), isSet(undefined)]).toEqual([true, true, true, false, false, false]);
  });
});
