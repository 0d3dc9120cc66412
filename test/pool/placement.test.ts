import { placePooledTenants } from '../../lib/pool/placement';
import { poolStackName } from '../../lib/synth-layout';
import { nameViolations } from '../../lib/model/naming';
import { tenantOf } from '../util';

describe('placePooledTenants', () => {
  it('groups pooled tenants by cloud and region and leaves siloed tenants out', () => {
    const pools = placePooledTenants([
      tenantOf({ id: 'ta', tier: 'free' }),
      tenantOf({ id: 'tb', tier: 'standard' }),
      tenantOf({ id: 'tc', tier: 'free', region: 'eu-west-1' }),
      tenantOf({ id: 'td', tier: 'premium' }),
    ]);
    expect(pools.map((p) => [p.stackName, p.members.map((m) => m.spec.id)])).toEqual([
      ['pool-aws-eu-west-1', ['tc']],
      ['pool-aws-us-east-1', ['ta', 'tb']],
    ]);
  });

  it('names pool resources within every naming limit', () => {
    const [pool] = placePooledTenants([tenantOf({ id: 'ta', tier: 'free', cloud: 'azure', region: 'germanywestcentral' })]);
    expect(pool.stackName).toBe(poolStackName('azure', 'germanywestcentral'));
    expect(nameViolations(pool.resourceName)).toEqual([]);
  });

  it('refuses more tenants than the maximum, saying how to fix it', () => {
    const tenants = ['ta', 'tb', 'tc'].map((id) => tenantOf({ id, tier: 'free' }));
    expect(() => placePooledTenants(tenants, 2)).toThrow(
      "pool 'pool-aws-us-east-1' would hold 3 tenants, more than its maximum 2; raise the pool maximum (poolMaxTenants) or place some tenants in another region",
    );
  });
});
