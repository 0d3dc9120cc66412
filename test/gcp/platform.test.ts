import { onlyResource, resourcesOf } from '../util';
import { synthGcp } from './helpers';

/** What differs between the premium and enterprise tiers on GCP. */
function shape(tier: string) {
  const json = synthGcp({ tier });
  const sql = onlyResource(json, 'google_sql_database_instance');
  const redis = onlyResource(json, 'google_redis_instance');
  return {
    clusterLocation: onlyResource(json, 'google_container_cluster').location,
    databaseAvailability: (sql.settings as Record<string, unknown>).availability_type,
    redisTier: redis.tier,
    redisReplicas: redis.replica_count,
    keys: resourcesOf(json, 'google_kms_crypto_key').length,
    databaseCmek: sql.encryption_key_name !== undefined,
  };
}

describe('GcpPlatform', () => {
  it('builds premium zonal, with one shared customer-managed key', () => {
    expect(shape('premium')).toEqual({
      clusterLocation: 'europe-west1-b',
      databaseAvailability: 'ZONAL',
      redisTier: 'STANDARD_HA',
      redisReplicas: 1,
      keys: 1,
      databaseCmek: true,
    });
  });

  it('builds enterprise regional and highly available, with a key per service', () => {
    expect(shape('enterprise')).toEqual({
      clusterLocation: 'europe-west1',
      databaseAvailability: 'REGIONAL',
      redisTier: 'STANDARD_HA',
      redisReplicas: 2,
      keys: 4,
      databaseCmek: true,
    });
  });

  it('builds standard without customer-managed keys or replicas', () => {
    expect(shape('standard')).toEqual({
      clusterLocation: 'europe-west1-b',
      databaseAvailability: 'ZONAL',
      redisTier: 'BASIC',
      redisReplicas: undefined,
      keys: 0,
      databaseCmek: false,
    });
  });

  it('makes the data services wait for the private services peering', () => {
    const json = synthGcp({ tier: 'premium' });
    for (const type of ['google_sql_database_instance', 'google_redis_instance']) {
      expect(onlyResource(json, type).depends_on).toEqual(expect.arrayContaining([expect.stringMatching(/^google_service_networking_connection\./)]));
    }
  });
});
