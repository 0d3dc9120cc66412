import { lazyRecord } from '../../lib/private/lazy-record';

describe('lazyRecord', () => {
  it('makes each value on first read, once, and leaves the others alone', () => {
    const made: string[] = [];
    const record = lazyRecord({ a: () => (made.push('a'), 1), b: () => (made.push('b'), 2) });
    expect(made).toEqual([]);
    expect(record.a + record.a).toBe(2);
    expect(made).toEqual(['a']);
    expect(Object.keys(record)).toEqual(['a', 'b']);
    expect(Object.isFrozen(record)).toBe(true);
  });
});
