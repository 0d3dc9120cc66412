import { MOVE_DOCS, detectMove } from '../../../commands/review/moves';

const slice = (pool: string) => ({ output: { pool: { value: pool } } });
const silo = { output: { cluster_name: { value: 'acme' } } };

describe('detectMove', () => {
  it('sees a slice becoming a silo, with the data to migrate and the deploy order', () => {
    const move = detectMove('acme', 'tenant-acme', slice('pool-aws-us-east-1'), silo, { headStacks: new Set(['tenant-acme', 'tenant-acme-workloads']) });
    expect(move).toMatchObject({ tenantId: 'acme', stack: 'tenant-acme', kind: 'pool-to-silo', fromPool: 'pool-aws-us-east-1', docs: MOVE_DOCS });
    expect(move!.toPool).toBeUndefined();
    expect(move!.migrate[0]).toMatch(/^PostgreSQL database `acme` \(on pool-aws-us-east-1\): `pg_dump -Fc --no-owner --no-acl`/);
    expect(move!.steps.map((s) => s.slice(0, 40))).toEqual([
      'Export from `pool-aws-us-east-1` while t',
      '`cdktf deploy tenant-acme`: in the same ',
      '`cdktf deploy tenant-acme-workloads`: th',
      'Restore: `pg_restore` into the new serve',
      '`pool-aws-us-east-1` has no tenants left',
    ]);
    expect(move!.steps[4]).toContain("run `terraform destroy` in the base synth's `stacks/pool-aws-us-east-1-workloads` (where it exists) and then `stacks/pool-aws-us-east-1` folders");
  });

  it('says to deploy the pool (it shrinks) when head still has it', () => {
    const move = detectMove('acme', 'tenant-acme', slice('pool-aws-us-east-1'), silo, { headStacks: new Set(['pool-aws-us-east-1']) });
    expect(move!.steps.at(-1)).toBe('`cdktf deploy pool-aws-us-east-1`: the pool shrinks without the tenant.');
  });

  it('sees a silo becoming a slice: the pool first, the workloads stack destroyed before the silo', () => {
    const move = detectMove('acme', 'tenant-acme', silo, slice('pool-aws-us-east-1'), { headStacks: new Set(['pool-aws-us-east-1']) });
    expect(move).toMatchObject({ kind: 'silo-to-pool', toPool: 'pool-aws-us-east-1' });
    expect(move!.steps[0]).toBe('`cdktf deploy pool-aws-us-east-1` first: the pool grows (or is created) for the tenant.');
    expect(move!.steps[2]).toContain('`tenant-acme-workloads` is gone from the synth');
  });

  it('sees a slice moving to another pool', () => {
    const move = detectMove('acme', 'tenant-acme', slice('pool-aws-us-east-1'), slice('pool-aws-eu-west-1'), { headStacks: new Set() });
    expect(move).toMatchObject({ kind: 'pool-to-pool', fromPool: 'pool-aws-us-east-1', toPool: 'pool-aws-eu-west-1' });
  });

  it('sees no move when the tenant stays in its pool or its silo', () => {
    const ctx = { headStacks: new Set<string>() };
    expect(detectMove('acme', 'tenant-acme', slice('pool-a'), slice('pool-a'), ctx)).toBeUndefined();
    expect(detectMove('acme', 'tenant-acme', silo, { output: {} }, ctx)).toBeUndefined();
  });
});
