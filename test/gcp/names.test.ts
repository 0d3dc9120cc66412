import { gkeClusterName, memorystoreInstanceId } from '../../lib/gcp/names';
import { MAX_TENANT_ID_LENGTH } from '../../lib/model/naming';
import { TenantIdSchema } from '../../lib/model/tenant';
import { onlyResource } from '../util';
import { synthGcp } from './helpers';

describe('GCP names', () => {
  const longest = `a${'b'.repeat(MAX_TENANT_ID_LENGTH - 1)}`;

  it('builds the GKE and Memorystore names with the naming rules', () => {
    expect(gkeClusterName('acme')).toBe('acme-gke');
    expect(memorystoreInstanceId('acme')).toBe('acme-redis');
  });

  it('fits every GCP name of the longest valid tenant id', () => {
    expect(TenantIdSchema.safeParse(longest).success).toBe(true);
    const json = synthGcp({ tier: 'premium', id: longest });
    const cluster = onlyResource(json, 'google_container_cluster');
    expect(String(cluster.name).length).toBeLessThanOrEqual(40);
    expect(String(onlyResource(json, 'google_redis_instance').name).length).toBeLessThanOrEqual(40);
    // Service account ids: 6-30 characters.
    expect(String(onlyResource(json, 'google_service_account').account_id).length).toBeLessThanOrEqual(30);
    // Cloud SQL instance names and log bucket ids stay well inside their limits (98 with project, 100).
    expect(String(onlyResource(json, 'google_sql_database_instance').name).length).toBeLessThanOrEqual(63);
  });
});
