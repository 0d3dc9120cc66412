import { diffStackNames, outputValue, poolTenants, slicePool } from '../../../commands/review/stacks';

describe('diffStackNames', () => {
  it('sorts every name and says added, removed, changed or unchanged', () => {
    const changes = diffStackNames(['b', 'a', 'c'], ['c', 'd', 'a'], (n) => n === 'a');
    expect([...changes]).toEqual([
      ['a', 'unchanged'],
      ['b', 'removed'],
      ['c', 'changed'],
      ['d', 'added'],
    ]);
  });
});

describe('outputs', () => {
  const slice = { output: { pool: { value: 'pool-aws-us-east-1' }, namespace: { value: '${x}' } } };
  const pool = { output: { tenants: { value: ['umbrella', 'initrode', 3] } } };

  it("reads a slice's pool and a pool's tenants", () => {
    expect(slicePool(slice)).toBe('pool-aws-us-east-1');
    expect(poolTenants(pool)).toEqual(['umbrella', 'initrode']);
    expect(outputValue(slice, 'namespace')).toBe('${x}');
  });

  it('finds no pool in a silo and no tenants in a stack without the output', () => {
    expect(slicePool({ output: { cluster_name: { value: 'x' } } })).toBeUndefined();
    expect(slicePool({})).toBeUndefined();
    expect(poolTenants({ output: 'nonsense' })).toEqual([]);
  });
});
