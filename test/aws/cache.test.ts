import { ElasticacheReplicationGroup } from '@cdktf/provider-aws/lib/elasticache-replication-group';
import { onlyResource, resourcesOf, synthTenant } from '../util';

describe('AwsCache', () => {
  const premium = synthTenant({ tier: 'premium' });
  const enterprise = synthTenant({ tier: 'enterprise' });

  it('encrypts at rest with the tenant key and in transit', () => {
    expect(JSON.stringify(premium)).toHaveResourceWithProperties(ElasticacheReplicationGroup, {
      at_rest_encryption_enabled: 'true',
      kms_key_id: expect.stringContaining('aws_kms_key'),
      transit_encryption_enabled: true,
      transit_encryption_mode: 'required',
    });
  });

  it('authenticates with IAM through a user group whose default user is off, with no password or token', () => {
    const users = resourcesOf(premium, 'aws_elasticache_user');
    expect(users.find((u) => u.user_name === 'default')).toEqual(expect.objectContaining({ access_string: 'off -@all' }));
    expect(users.find((u) => u.user_name === 'acme-app')).toEqual(
      expect.objectContaining({ authentication_mode: { type: 'iam' }, user_id: 'acme-app' }),
    );
    expect(onlyResource(premium, 'aws_elasticache_replication_group').user_group_ids).toHaveLength(1);
    expect(JSON.stringify(premium)).not.toMatch(/auth_token|"passwords"/);
  });

  it('adds replicas with automatic failover by tier, multi-AZ from enterprise', () => {
    expect(onlyResource(premium, 'aws_elasticache_replication_group')).toEqual(
      expect.objectContaining({ num_cache_clusters: 2, automatic_failover_enabled: true, multi_az_enabled: false, node_type: 'cache.m6g.large' }),
    );
    expect(onlyResource(enterprise, 'aws_elasticache_replication_group')).toEqual(
      expect.objectContaining({ num_cache_clusters: 3, automatic_failover_enabled: true, multi_az_enabled: true, node_type: 'cache.m6g.xlarge' }),
    );
  });

  it('keeps snapshots for the tier backup retention and ships the slow log', () => {
    const group = onlyResource(enterprise, 'aws_elasticache_replication_group');
    expect(group.snapshot_retention_limit).toBe(30);
    expect(group.log_delivery_configuration).toEqual([expect.objectContaining({ log_type: 'slow-log', destination_type: 'cloudwatch-logs' })]);
  });
});
