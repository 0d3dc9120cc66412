import type { Cloud } from '../../lib/model/enums';
import type { TerraformResource } from '../../lib/terraform-json';
import type { DataDestroy, PlanBlocker, PlannedChange, StatefulKind } from './model';
import { compareText } from './private/order';

/**
 * Resource types whose removal or replacement destroys data, per provider: databases, buckets, file and block
 * storage (volumes, disks, shares), caches, keys (data encrypted under a destroyed key is lost), clusters (and what
 * runs in them), and the Kubernetes namespaces and PostgreSQL databases a pooled tenant's slice owns. A type missing
 * here is simply not flagged; each name is a resource of its provider (the test checks it against the provider
 * bindings this library builds on).
 */
export const STATEFUL_TYPES: Readonly<Record<Cloud | 'kubernetes' | 'postgresql', Readonly<Record<string, StatefulKind>>>> = {
  aws: {
    aws_db_instance: 'database',
    aws_rds_cluster: 'database',
    aws_docdb_cluster: 'database',
    aws_neptune_cluster: 'database',
    aws_redshift_cluster: 'database',
    aws_redshiftserverless_namespace: 'database',
    aws_dynamodb_table: 'database',
    aws_opensearch_domain: 'database',
    aws_elasticsearch_domain: 'database',
    aws_timestreamwrite_database: 'database',
    aws_keyspaces_keyspace: 'database',
    aws_qldb_ledger: 'database',
    aws_s3_bucket: 'bucket',
    aws_s3_directory_bucket: 'bucket',
    aws_efs_file_system: 'storage',
    aws_fsx_lustre_file_system: 'storage',
    aws_fsx_windows_file_system: 'storage',
    aws_fsx_ontap_file_system: 'storage',
    aws_fsx_openzfs_file_system: 'storage',
    aws_backup_vault: 'storage',
    aws_ecr_repository: 'storage',
    aws_ebs_volume: 'volume',
    aws_elasticache_replication_group: 'cache',
    aws_elasticache_cluster: 'cache',
    aws_elasticache_serverless_cache: 'cache',
    aws_memorydb_cluster: 'cache',
    aws_kms_key: 'key',
    aws_kms_external_key: 'key',
    aws_kms_replica_key: 'key',
    aws_eks_cluster: 'cluster',
    aws_msk_cluster: 'cluster',
  },
  azure: {
    azurerm_postgresql_flexible_server: 'database',
    azurerm_postgresql_flexible_server_database: 'database',
    azurerm_mssql_server: 'database',
    azurerm_mssql_database: 'database',
    azurerm_mysql_flexible_server: 'database',
    azurerm_mysql_flexible_database: 'database',
    azurerm_cosmosdb_account: 'database',
    azurerm_cosmosdb_sql_database: 'database',
    azurerm_cosmosdb_postgresql_cluster: 'database',
    azurerm_storage_account: 'storage',
    azurerm_recovery_services_vault: 'storage',
    azurerm_data_protection_backup_vault: 'storage',
    azurerm_storage_container: 'bucket',
    azurerm_storage_share: 'volume',
    azurerm_managed_disk: 'volume',
    azurerm_netapp_volume: 'volume',
    azurerm_redis_cache: 'cache',
    azurerm_redis_enterprise_cluster: 'cache',
    azurerm_key_vault: 'key',
    azurerm_key_vault_key: 'key',
    azurerm_key_vault_managed_hardware_security_module: 'key',
    azurerm_kubernetes_cluster: 'cluster',
  },
  gcp: {
    google_sql_database_instance: 'database',
    google_sql_database: 'database',
    google_alloydb_cluster: 'database',
    google_spanner_instance: 'database',
    google_spanner_database: 'database',
    google_bigtable_instance: 'database',
    google_bigtable_table: 'database',
    google_firestore_database: 'database',
    google_bigquery_dataset: 'database',
    google_bigquery_table: 'database',
    google_storage_bucket: 'bucket',
    google_backup_dr_backup_vault: 'storage',
    google_filestore_instance: 'volume',
    google_compute_disk: 'volume',
    google_compute_region_disk: 'volume',
    google_redis_instance: 'cache',
    google_redis_cluster: 'cache',
    google_memcache_instance: 'cache',
    google_kms_crypto_key: 'key',
    google_container_cluster: 'cluster',
  },
  kubernetes: {
    kubernetes_namespace_v1: 'namespace',
    kubernetes_namespace: 'namespace',
    kubernetes_persistent_volume_claim_v1: 'volume',
    kubernetes_persistent_volume_claim: 'volume',
    kubernetes_persistent_volume_v1: 'volume',
    kubernetes_persistent_volume: 'volume',
  },
  postgresql: {
    postgresql_database: 'database',
    postgresql_schema: 'database',
  },
};

const BY_TYPE: ReadonlyMap<string, StatefulKind> = new Map(Object.values(STATEFUL_TYPES).flatMap((types) => Object.entries(types)));

/** What a resource type holds, when removing it destroys data; undefined otherwise. */
export function statefulKind(type: string): StatefulKind | undefined {
  return BY_TYPE.get(type);
}

/**
 * The removed resources of a stack that hold data, sorted by address.
 * @param removed addresses removed from the stack; `base` the stack's resources before.
 */
export function dataDestroys(stack: string, removed: readonly string[], base: readonly TerraformResource[], stackRemoved: boolean): DataDestroy[] {
  const gone = new Set(removed);
  return base
    .filter((r) => gone.has(r.address))
    .flatMap((r) => {
      const kind = statefulKind(r.type);
      return kind ? [{ stack, address: r.address, type: r.type, kind, stackRemoved }] : [];
    })
    .sort((a, b) => compareText(a.address, b.address));
}

/**
 * The stateful resources a plan replaces or deletes, sorted by address: each destroys the data it holds (a
 * `create_before_destroy` replacement too: the new object starts empty).
 */
export function planBlockers(stack: string, changes: readonly PlannedChange[]): PlanBlocker[] {
  return changes
    .flatMap((c): PlanBlocker[] =>
      c.stateful && (c.action === 'replace' || c.action === 'delete')
        ? [
            {
              stack,
              address: c.address,
              type: c.type,
              kind: c.stateful,
              action: c.action,
              replacePaths: [...c.replacePaths],
              ...(c.actionReason !== undefined ? { actionReason: c.actionReason } : {}),
              createBeforeDestroy: c.createBeforeDestroy,
            },
          ]
        : [],
    )
    .sort((a, b) => compareText(a.address, b.address));
}
