import { RedisInstance } from '@cdktf/provider-google/lib/redis-instance';
import { TerraformStack, Testing } from 'cdktf';
import { GcpCache } from '../../lib/gcp/cache';
import { onlyResource } from '../util';
import { synthGcp } from './helpers';

describe('GcpCache', () => {
  const premium = synthGcp({ tier: 'premium' });
  const enterprise = synthGcp({ tier: 'enterprise' });

  it('requires AUTH and TLS, on private services access, Redis 7.2', () => {
    expect(JSON.stringify(premium)).toHaveResourceWithProperties(RedisInstance, {
      name: 'acme-redis',
      region: 'europe-west1',
      redis_version: 'REDIS_7_2',
      auth_enabled: true,
      transit_encryption_mode: 'SERVER_AUTHENTICATION',
      connect_mode: 'PRIVATE_SERVICE_ACCESS',
      authorized_network: expect.stringContaining('google_compute_network'),
      persistence_config: { persistence_mode: 'RDB', rdb_snapshot_period: 'TWENTY_FOUR_HOURS' },
    });
  });

  it('is Basic without replicas and Standard HA with a cross-zone standby with them', () => {
    const free = onlyResource(synthGcp({ tier: 'free' }), 'google_redis_instance');
    expect(free).toEqual(expect.objectContaining({ tier: 'BASIC', memory_size_gb: 1, location_id: 'europe-west1-b' }));
    expect(free.replica_count).toBeUndefined();
    expect(onlyResource(premium, 'google_redis_instance')).toEqual(
      expect.objectContaining({
        tier: 'STANDARD_HA',
        memory_size_gb: 6,
        replica_count: 1,
        read_replicas_mode: 'READ_REPLICAS_ENABLED',
        location_id: 'europe-west1-b',
        alternative_location_id: 'europe-west1-c',
      }),
    );
    expect(onlyResource(enterprise, 'google_redis_instance')).toEqual(
      expect.objectContaining({ tier: 'STANDARD_HA', memory_size_gb: 13, replica_count: 2 }),
    );
  });

  it('encrypts with the tenant key from advanced only', () => {
    expect(onlyResource(premium, 'google_redis_instance').customer_managed_key).toEqual(expect.stringContaining('google_kms_crypto_key'));
    expect(onlyResource(synthGcp({ tier: 'standard' }), 'google_redis_instance').customer_managed_key).toBeUndefined();
  });

  it('says how to fix replicas on an instance too small for read replicas', () => {
    const stack = new TerraformStack(Testing.app(), 'cache');
    expect(
      () =>
        new GcpCache(stack, 'cache', {
          name: 'acme-redis',
          region: 'europe-west1',
          zones: ['europe-west1-b', 'europe-west1-c'],
          networkId: 'net',
          cacheClass: 'cache-small',
          replicas: 2,
        }),
    ).toThrow(/Memorystore needs at least 5 GB for 2 replicas \(cache-small is 2 GB\); use a larger cache class/);
  });

  it('keeps a single standby without read replicas on a small instance', () => {
    const stack = new TerraformStack(Testing.app(), 'cache');
    new GcpCache(stack, 'cache', {
      name: 'acme-redis',
      region: 'europe-west1',
      zones: ['europe-west1-b', 'europe-west1-c'],
      networkId: 'net',
      cacheClass: 'cache-small',
      replicas: 1,
    });
    const redis = onlyResource(JSON.parse(Testing.synth(stack)), 'google_redis_instance');
    expect(redis).toEqual(expect.objectContaining({ tier: 'STANDARD_HA', replica_count: 1, read_replicas_mode: 'READ_REPLICAS_DISABLED' }));
  });
});
