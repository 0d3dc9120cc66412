import { diffStackNames, outputValue, poolTenants, slicePool, stackIdentity } from '../../lib/review/stacks';

describe('stackIdentity', () => {
  const names = new Set(['tenant-acme', 'tenant-acme-workloads', 'tenant-big-workloads', 'pool-aws-us-east-1', 'shared-dns']);

  it('tells tenant, workloads, pool and other stacks apart', () => {
    expect(stackIdentity('tenant-acme', names)).toEqual({ kind: 'tenant', tenantId: 'acme' });
    expect(stackIdentity('tenant-acme-workloads', names)).toEqual({ kind: 'workloads', tenantId: 'acme' });
    expect(stackIdentity('pool-aws-us-east-1', names)).toEqual({ kind: 'pool' });
    expect(stackIdentity('shared-dns', names)).toEqual({ kind: 'other' });
  });

  it('reads tenant-x-workloads as tenant x-workloads when there is no tenant-x stack', () => {
    expect(stackIdentity('tenant-big-workloads', names)).toEqual({ kind: 'tenant', tenantId: 'big-workloads' });
  });
});

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
