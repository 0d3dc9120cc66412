import { PostgresqlFlexibleServerDatabase } from '@cdktf/provider-azurerm/lib/postgresql-flexible-server-database';
import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { StorageContainer } from '@cdktf/provider-azurerm/lib/storage-container';
import { AzurePlatform } from '../../lib/azure/platform';
import { AzureTenantCacheAccess } from '../../lib/pool/azure/tenant-cache-access';
import type { SliceBuilder } from './slice-builder';

/** Built-in role for reading, writing and deleting blobs (data plane only, no account management). */
export const STORAGE_BLOB_DATA_CONTRIBUTOR = 'Storage Blob Data Contributor';

/**
 * Azure: the tenant's own private blob container in the pool's storage account (created through Azure Resource
 * Manager, so no data-plane access is needed to deploy it) with Storage Blob Data Contributor for its managed
 * identity on that container only; its own database on the pool's PostgreSQL Flexible Server (Entra ID
 * authentication only, no password anywhere; its Entra login role is created in SQL with
 * `pgaadauth_create_principal`, a step no Terraform provider offers: docs/pools.md); and a data access policy on
 * the pool's Redis confining its identity to `<tenant>:` keys and channels.
 */
export const azureSlice: SliceBuilder = {
  build({ stack, tenant, pool }) {
    const id = tenant.spec.id;
    const platform = pool.platform;
    if (!(platform instanceof AzurePlatform)) throw new Error(`pool '${pool.node.id}' is not an Azure platform`);
    const account = platform.storage.account;

    const container = new StorageContainer(stack, 'storage-container', {
      name: `${id}-data`,
      storageAccountId: account.id,
      containerAccessType: 'private',
    });
    const database = new PostgresqlFlexibleServerDatabase(stack, 'database', {
      serverId: platform.database.server.id,
      name: id.replace(/-/g, '_'),
      charset: 'UTF8',
      collation: 'en_US.utf8',
    });
    const cache = new AzureTenantCacheAccess(stack, 'cache-access', { tenantId: id, redisCacheId: platform.cache.cache.id });

    return {
      bucketName: `${account.name}/${container.name}`,
      databaseName: database.name,
      grant(access) {
        if (!access.principalId) throw new Error(`tenant '${id}': the Azure workload access returned no principal id to grant to`);
        new RoleAssignment(stack, 'storage-container-access', {
          // With storage_account_id the container's id is its Resource Manager id, a valid role assignment scope.
          scope: container.id,
          roleDefinitionName: STORAGE_BLOB_DATA_CONTRIBUTOR,
          principalId: access.principalId,
          principalType: 'ServicePrincipal',
        });
        cache.assign(access.principalId);
      },
    };
  },
};
