import { EMPTY_FLEET_LOCK, FleetLock } from '../../lib/model/fleet-lock';
import { nameViolations } from '../../lib/model/naming';
import { placePooledTenants, poolResourceName } from '../../lib/pool/placement';
import { poolStackName } from '../../lib/synth-layout';
import { tenantOf } from '../util';

const free = (id: string, region = 'us-east-1') => tenantOf({ id, tier: 'free', region });
const standard = (id: string, region = 'us-east-1') => tenantOf({ id, tier: 'standard', region });
const members = (result: ReturnType<typeof placePooledTenants>) => result.pools.map((p) => [p.stackName, p.members.map((m) => m.spec.id)]);

describe('placePooledTenants', () => {
  it('groups pooled tenants by cloud and region and leaves siloed tenants out', () => {
    const result = placePooledTenants([free('ta'), standard('tb'), free('tc', 'eu-west-1'), tenantOf({ id: 'td', tier: 'premium' })]);
    expect(members(result)).toEqual([
      ['pool-aws-eu-west-1', ['tc']],
      ['pool-aws-us-east-1', ['ta', 'tb']],
    ]);
    expect(result.lock.pools['pool-aws-us-east-1']).toEqual({ cloud: 'aws', region: 'us-east-1', shard: 1, tenants: ['ta', 'tb'] });
  });

  it('names pool resources within every naming limit, the first pool as pools were named before sharding', () => {
    const { pools } = placePooledTenants([tenantOf({ id: 'ta', tier: 'free', cloud: 'azure', region: 'germanywestcentral' })]);
    expect(pools[0].stackName).toBe(poolStackName('azure', 'germanywestcentral'));
    expect(pools[0].stackName).toBe('pool-azure-germanywestcentral');
    expect(nameViolations(pools[0].resourceName)).toEqual([]);
    expect(poolStackName('aws', 'us-east-1', 3)).toBe('pool-aws-us-east-1-3');
    expect(nameViolations(poolResourceName('azure', 'germanywestcentral', 12))).toEqual([]);
    expect(poolResourceName('aws', 'us-east-1', 2)).not.toBe(poolResourceName('aws', 'us-east-1', 1));
  });

  it('starts another pool when one is full, instead of refusing the tenant', () => {
    const tenants = ['ta', 'tb', 'tc', 'td', 'te'].map((id) => free(id));
    const result = placePooledTenants(tenants, { limits: { maxTenants: 2 } });
    expect(members(result)).toEqual([
      ['pool-aws-us-east-1', ['ta', 'tb']],
      ['pool-aws-us-east-1-2', ['tc', 'td']],
      ['pool-aws-us-east-1-3', ['te']],
    ]);
  });

  it('keeps every placed tenant where it is when tenants are added or removed (sticky)', () => {
    const first = placePooledTenants(['ta', 'tb', 'tc', 'td'].map((id) => free(id)), { limits: { maxTenants: 2 } });
    // tb leaves; tz and ty arrive: nobody already placed moves, the newcomers fill the free seats first.
    const second = placePooledTenants(['ta', 'tc', 'td', 'tz', 'ty'].map((id) => free(id)), { previous: first.lock, limits: { maxTenants: 2 } });
    const where = (r: typeof first) => new Map(r.pools.flatMap((p) => p.members.map((m) => [m.spec.id, p.stackName] as const)));
    for (const id of ['ta', 'tc', 'td']) expect(where(second).get(id)).toBe(where(first).get(id));
    expect(where(second).get('ty')).toBe(where(first).get('tb'));
    expect(where(second).get('tz')).toBe('pool-aws-us-east-1-3');
  });

  it('moves a tenant that changed region or became siloed out of its pool, and drops pools left empty', () => {
    const lock: FleetLock = {
      lockfileVersion: 1,
      pools: {
        'pool-aws-us-east-1': { cloud: 'aws', region: 'us-east-1', shard: 1, tenants: ['ta', 'tb'] },
        'pool-aws-us-east-1-2': { cloud: 'aws', region: 'us-east-1', shard: 2, tenants: ['tc'] },
      },
    };
    const result = placePooledTenants([free('ta'), free('tb', 'eu-west-1'), tenantOf({ id: 'tc', tier: 'premium' })], { previous: lock });
    expect(members(result)).toEqual([
      ['pool-aws-eu-west-1', ['tb']],
      ['pool-aws-us-east-1', ['ta']],
    ]);
    expect(Object.keys(result.lock.pools).sort()).toEqual(['pool-aws-eu-west-1', 'pool-aws-us-east-1']);
  });

  it('places the newcomer on the least-full pool with room', () => {
    const lock: FleetLock = {
      lockfileVersion: 1,
      pools: {
        'pool-aws-us-east-1': { cloud: 'aws', region: 'us-east-1', shard: 1, tenants: ['ta', 'tb', 'tc'] },
        'pool-aws-us-east-1-2': { cloud: 'aws', region: 'us-east-1', shard: 2, tenants: ['td'] },
      },
    };
    const result = placePooledTenants(['ta', 'tb', 'tc', 'td', 'te'].map((id) => free(id)), { previous: lock });
    expect(result.lock.pools['pool-aws-us-east-1-2'].tenants).toEqual(['td', 'te']);
  });

  it('respects the node and database limits, not only the tenant count', () => {
    const tenants = ['ta', 'tb', 'tc', 'td', 'te', 'tf'].map((id) => standard(id));
    const byNodes = placePooledTenants(tenants, { limits: { maxNodes: 4 } });
    expect(byNodes.pools.length).toBeGreaterThan(1);
    const byStorage = placePooledTenants(tenants, { limits: { maxDatabaseStorageGb: 120 } });
    // A standard tenant has 50 GB of database storage: two fit under 120 GB.
    expect(byStorage.pools.every((p) => p.members.length <= 2)).toBe(true);
  });

  it('refuses a pool that is over its limits, saying how to fix it', () => {
    const lock: FleetLock = {
      lockfileVersion: 1,
      pools: { 'pool-aws-us-east-1': { cloud: 'aws', region: 'us-east-1', shard: 1, tenants: ['ta', 'tb', 'tc'] } },
    };
    expect(() => placePooledTenants(['ta', 'tb', 'tc'].map((id) => free(id)), { previous: lock, limits: { maxTenants: 2 } })).toThrow(
      "pool 'pool-aws-us-east-1' would hold 3 tenants, more than its maximum 2; move tenants to another pool (tenants pool move <tenant> --to <pool>) or raise the pool limits (pools in _platform.yaml)",
    );
  });

  it('places only the regions asked for, and copies the other pools of the lock untouched', () => {
    const lock: FleetLock = {
      lockfileVersion: 1,
      pools: { 'pool-aws-eu-west-1': { cloud: 'aws', region: 'eu-west-1', shard: 1, tenants: ['tx'] } },
    };
    const result = placePooledTenants([free('ta')], { previous: lock, regions: new Set(['aws/us-east-1']) });
    expect(members(result)).toEqual([['pool-aws-us-east-1', ['ta']]]);
    expect(result.lock.pools['pool-aws-eu-west-1'].tenants).toEqual(['tx']);
  });

  it('is deterministic: the order tenants come in does not matter', () => {
    const tenants = ['tf', 'tb', 'te', 'ta', 'td', 'tc'].map((id) => free(id));
    const a = placePooledTenants(tenants, { limits: { maxTenants: 4 }, previous: EMPTY_FLEET_LOCK });
    const b = placePooledTenants([...tenants].reverse(), { limits: { maxTenants: 4 } });
    expect(members(a)).toEqual(members(b));
  });

  it('places only the pools asked for, when the lock already places the tenants a synth selects', () => {
    const lock: FleetLock = {
      lockfileVersion: 1,
      pools: {
        'pool-aws-us-east-1': { cloud: 'aws', region: 'us-east-1', shard: 1, tenants: ['ta', 'tb'] },
        'pool-aws-us-east-1-2': { cloud: 'aws', region: 'us-east-1', shard: 2, tenants: ['tc'] },
      },
    };
    // Only the first pool's tenants were read: the second pool keeps its tenant, and a stray newcomer waits.
    const result = placePooledTenants([free('ta'), free('tb'), free('tz')], { previous: lock, pools: new Set(['pool-aws-us-east-1']) });
    expect(members(result)).toEqual([['pool-aws-us-east-1', ['ta', 'tb']]]);
    expect(result.lock.pools['pool-aws-us-east-1-2'].tenants).toEqual(['tc']);
    expect(JSON.stringify(result.lock)).not.toContain('tz');
  });
});
