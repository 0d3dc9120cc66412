import * as fs from 'fs';
import * as path from 'path';
import { parseTerraform } from '../../../lib/terraform-json';
import { STATEFUL_TYPES, dataDestroys, planBlockers, statefulKind } from '../../../commands/review/stateful';
import { REPO_ROOT } from '../../util';

/**
 * Each stateful type must be a resource of its provider: the prebuilt bindings generate one folder per resource type,
 * named after the type without the provider prefix, in kebab case (`aws_db_instance` -> `@cdktf/provider-aws/lib/db-instance`).
 */
const BINDINGS = { aws: 'provider-aws', azure: 'provider-azurerm', gcp: 'provider-google', kubernetes: 'provider-kubernetes', postgresql: 'provider-postgresql' } as const;
function isProviderResource(group: keyof typeof BINDINGS, type: string): boolean {
  const kebab = type.slice(type.indexOf('_') + 1).replace(/_/g, '-');
  return fs.existsSync(path.join(REPO_ROOT, 'node_modules/@cdktf', BINDINGS[group], 'lib', kebab, 'index.d.ts'));
}

describe.each(Object.keys(BINDINGS) as (keyof typeof BINDINGS)[])('stateful types of %s', (group) => {
  it('are resources of the provider', () => {
    const unknown = Object.keys(STATEFUL_TYPES[group]).filter((t) => !isProviderResource(group, t));
    expect(unknown).toEqual([]);
  });
});

describe('stateful types per cloud', () => {
  // The data-holding resources this library's constructs create on each cloud, and what they hold.
  it('flag AWS databases, caches, buckets, keys, clusters and volumes', () => {
    expect(['aws_db_instance', 'aws_rds_cluster', 'aws_elasticache_replication_group', 'aws_s3_bucket', 'aws_kms_key', 'aws_eks_cluster', 'aws_ebs_volume', 'aws_efs_file_system'].map(statefulKind)).toEqual([
      'database', 'database', 'cache', 'bucket', 'key', 'cluster', 'volume', 'storage',
    ]);
  });

  it('flag Azure databases, caches, storage, keys, clusters and disks', () => {
    expect(['azurerm_postgresql_flexible_server', 'azurerm_postgresql_flexible_server_database', 'azurerm_redis_cache', 'azurerm_storage_account', 'azurerm_storage_container', 'azurerm_key_vault_key', 'azurerm_kubernetes_cluster', 'azurerm_managed_disk'].map(statefulKind)).toEqual([
      'database', 'database', 'cache', 'storage', 'bucket', 'key', 'cluster', 'volume',
    ]);
  });

  it('flag GCP databases, caches, buckets, keys, clusters and disks', () => {
    expect(['google_sql_database_instance', 'google_sql_database', 'google_redis_instance', 'google_storage_bucket', 'google_kms_crypto_key', 'google_container_cluster', 'google_compute_disk'].map(statefulKind)).toEqual([
      'database', 'database', 'cache', 'bucket', 'key', 'cluster', 'volume',
    ]);
  });

  it("flag a slice's namespace and volumes in Kubernetes and its PostgreSQL database and schemas", () => {
    expect(['kubernetes_namespace_v1', 'kubernetes_persistent_volume_claim_v1', 'postgresql_database', 'postgresql_schema'].map(statefulKind)).toEqual(['namespace', 'volume', 'database', 'database']);
  });
});

describe('planBlockers', () => {
  const change = (address: string, action: 'replace' | 'delete' | 'update' | 'create', stateful?: 'database' | 'bucket') => ({
    address,
    type: address.split('.')[0],
    action,
    replacePaths: action === 'replace' ? ['engine'] : [],
    createBeforeDestroy: false,
    ...(stateful ? { stateful } : {}),
  });

  it('blocks replacements and deletions of stateful resources only, sorted', () => {
    const blockers = planBlockers('tenant-acme', [
      change('aws_s3_bucket.logs', 'delete', 'bucket'),
      change('aws_db_instance.db', 'replace', 'database'),
      change('aws_db_instance.other', 'update', 'database'),
      change('aws_iam_role.r', 'replace'),
      change('aws_s3_bucket.new', 'create', 'bucket'),
    ]);
    expect(blockers.map((b) => [b.address, b.action, b.kind, b.replacePaths])).toEqual([
      ['aws_db_instance.db', 'replace', 'database', ['engine']],
      ['aws_s3_bucket.logs', 'delete', 'bucket', []],
    ]);
  });
});

describe('statefulKind', () => {
  it('knows databases, buckets, storage, caches, keys, clusters and volumes on every cloud', () => {
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
