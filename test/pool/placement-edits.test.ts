import type { FleetLock } from '../../lib/model/fleet-lock';
import { drainPool, moveTenant } from '../../lib/pool/placement-edits';
import { tenantOf } from '../util';

const free = (id: string) => tenantOf({ id, tier: 'free' });
const lock: FleetLock = {
  lockfileVersion: 1,
  pools: {
    'pool-aws-us-east-1': { cloud: 'aws', region: 'us-east-1', shard: 1, tenants: ['ta', 'tb', 'tc'] },
    'pool-aws-us-east-1-2': { cloud: 'aws', region: 'us-east-1', shard: 2, tenants: ['td'] },
    'pool-aws-eu-west-1': { cloud: 'aws', region: 'eu-west-1', shard: 1, tenants: ['tx'] },
  },
};
const tenants = ['ta', 'tb', 'tc', 'td'].map(free);

describe('moveTenant', () => {
  it('moves one tenant to another pool of its region, leaving everyone else where they are', () => {
    const { lock: moved } = moveTenant(lock, tenants, 'tb', 'pool-aws-us-east-1-2', { limits: { maxTenants: 3 } });
    expect(moved.pools['pool-aws-us-east-1'].tenants).toEqual(['ta', 'tc']);
    expect(moved.pools['pool-aws-us-east-1-2'].tenants).toEqual(['tb', 'td']);
    expect(moved.pools['pool-aws-eu-west-1'].tenants).toEqual(['tx']);
  });

  it('starts the next pool of the region with --to new', () => {
    const { lock: moved } = moveTenant(lock, tenants, 'ta', 'new');
    expect(moved.pools['pool-aws-us-east-1-3']).toEqual({ cloud: 'aws', region: 'us-east-1', shard: 3, tenants: ['ta'] });
  });

  it('refuses a full pool, a pool of another region, and a tenant the lock does not place', () => {
    expect(() => moveTenant(lock, tenants, 'td', 'pool-aws-us-east-1', { limits: { maxTenants: 3 } })).toThrow(
      /pool 'pool-aws-us-east-1' would hold 4 tenants, more than its maximum 3/,
    );
    expect(() => moveTenant(lock, tenants, 'ta', 'pool-aws-eu-west-1')).toThrow(
      "'pool-aws-eu-west-1' is not a pool of aws/us-east-1, where tenant 'ta' lives; use one of: pool-aws-us-east-1-2, new",
    );
    expect(() => moveTenant(lock, tenants, 'nobody', 'new')).toThrow("tenant 'nobody' is not placed on any pool of the lock file");
  });
});

describe('drainPool', () => {
  it('moves every tenant of a pool to the other pools of its region, and removes it', () => {
    const { lock: drained } = drainPool(lock, tenants, 'pool-aws-us-east-1-2');
    expect(Object.keys(drained.pools).sort()).toEqual(['pool-aws-eu-west-1', 'pool-aws-us-east-1']);
    expect(drained.pools['pool-aws-us-east-1'].tenants).toEqual(['ta', 'tb', 'tc', 'td']);
  });

  it('refuses when the other pools have no room, rather than recreating the pool', () => {
    expect(() => drainPool(lock, tenants, 'pool-aws-us-east-1-2', { limits: { maxTenants: 3 } })).toThrow(
      /the tenants of pool-aws-us-east-1-2 do not fit in the other pools of aws\/us-east-1/,
    );
  });
});
