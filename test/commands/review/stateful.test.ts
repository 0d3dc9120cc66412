import { parseTerraform } from '../../../lib/terraform-json';
import { STATEFUL_TYPES, dataDestroys, statefulKind } from '../../../commands/review/stateful';

describe('statefulKind', () => {
  it('knows databases, buckets, storage, caches, keys and clusters on every cloud', () => {
    expect(statefulKind('aws_db_instance')).toBe('database');
    expect(statefulKind('aws_s3_bucket')).toBe('bucket');
    expect(statefulKind('azurerm_storage_account')).toBe('storage');
    expect(statefulKind('azurerm_storage_container')).toBe('bucket');
    expect(statefulKind('google_redis_instance')).toBe('cache');
    expect(statefulKind('google_kms_crypto_key')).toBe('key');
    expect(statefulKind('azurerm_kubernetes_cluster')).toBe('cluster');
    expect(statefulKind('postgresql_database')).toBe('database');
  });

  it('leaves stateless types unflagged', () => {
    expect(statefulKind('aws_s3_bucket_policy')).toBeUndefined();
    expect(statefulKind('aws_iam_role')).toBeUndefined();
    expect(statefulKind('google_compute_network')).toBeUndefined();
  });

  it('lists each cloud under its own provider prefix', () => {
    for (const [group, types] of Object.entries(STATEFUL_TYPES)) {
      const prefix = { aws: 'aws_', azure: 'azurerm_', gcp: 'google_', kubernetes: 'kubernetes_', postgresql: 'postgresql_' }[group];
      for (const type of Object.keys(types)) expect(type.startsWith(prefix!)).toBe(true);
    }
  });
});

describe('dataDestroys', () => {
  const base = parseTerraform({
    resource: {
      aws_s3_bucket: { data: {} },
      aws_s3_bucket_policy: { data: {} },
      aws_db_instance: { db: {} },
      aws_kms_key: { kept: {} },
    },
  });

  it('flags the removed resources that hold data, sorted, and only those', () => {
    const removed = ['aws_s3_bucket_policy.data', 'aws_s3_bucket.data', 'aws_db_instance.db'];
    expect(dataDestroys('tenant-acme', removed, base.resources, false)).toEqual([
      { stack: 'tenant-acme', address: 'aws_db_instance.db', type: 'aws_db_instance', kind: 'database', stackRemoved: false },
      { stack: 'tenant-acme', address: 'aws_s3_bucket.data', type: 'aws_s3_bucket', kind: 'bucket', stackRemoved: false },
    ]);
  });

  it('marks removals of a whole stack', () => {
    expect(dataDestroys('pool-aws-us-east-1', ['aws_kms_key.kept'], base.resources, true)).toEqual([
      expect.objectContaining({ kind: 'key', stackRemoved: true }),
    ]);
  });
});
