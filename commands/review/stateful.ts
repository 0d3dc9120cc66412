import type { Cloud } from '../../lib/model/enums';
import type { TerraformResource } from '../../lib/terraform-json';
import type { DataDestroy, StatefulKind } from './model';
import { compareText } from './private/order';

/**
 * Resource types whose removal destroys data, per provider: databases, buckets, storage accounts and containers,
 * caches, keys (data encrypted under a deleted key is lost), clusters (and what runs in them), and the Kubernetes
 * namespaces and PostgreSQL databases a pooled tenant's slice owns. A short list on purpose: a type missing here is
 * simply not flagged.
 */
export const STATEFUL_TYPES: Readonly<Record<Cloud | 'kubernetes' | 'postgresql', Readonly<Record<string, StatefulKind>>>> = {
  aws: {
    aws_db_instance: 'database',
    aws_rds_cluster: 'database',
    aws_dynamodb_table: 'database',
    aws_s3_bucket: 'bucket',
    aws_efs_file_system: 'storage',
    aws_ebs_volume: 'storage',
    aws_elasticache_replication_group: 'cache',
    aws_elasticache_cluster: 'cache',
    aws_kms_key: 'key',
    aws_eks_cluster: 'cluster',
  },
  azure: {
    azurerm_postgresql_flexible_server: 'database',
    azurerm_postgresql_flexible_server_database: 'database',
    azurerm_mssql_database: 'database',
    azurerm_cosmosdb_account: 'database',
    azurerm_storage_account: 'storage',
    azurerm_storage_container: 'bucket',
    azurerm_redis_cache: 'cache',
    azurerm_key_vault: 'key',
    azurerm_key_vault_key: 'key',
    azurerm_kubernetes_cluster: 'cluster',
  },
  gcp: {
    google_sql_database_instance: 'database',
    google_sql_database: 'database',
    google_storage_bucket: 'bucket',
    google_redis_instance: 'cache',
    google_kms_crypto_key: 'key',
    google_container_cluster: 'cluster',
  },
  kubernetes: {
    kubernetes_namespace_v1: 'namespace',
    kubernetes_namespace: 'namespace',
  },
  postgresql: {
    postgresql_database: 'database',
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
