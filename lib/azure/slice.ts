import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { StorageContainer } from '@cdktf/provider-azurerm/lib/storage-container';
import { PostgresqlProvider } from '@cdktf/provider-postgresql/lib/provider';
import { workloadIdentityName } from './names';
import { AzurePlatform } from './platform';
import { AzureEntraLogin } from './entra-login';
import { AzureTenantCacheAccess } from './tenant-cache-access';
import { POSTGRES_PORT, TenantDatabase } from '../pool/tenant-database';
import type { SliceBuilder } from '../cloud-kit/slice';

/** Built-in role for reading, writing and deleting blobs (data plane only, no account management). */
export const STORAGE_BLOB_DATA_CONTRIBUTOR = 'Storage Blob Data Contributor';

/**
 * Azure: the tenant's own private blob container in the pool's storage account (created through Azure Resource
 * Manager, so no data-plane access is needed to deploy it) with Storage Blob Data Contributor for its managed
 * identity on that container only; its own database on the pool's PostgreSQL Flexible Server, owned by a login
 * role named after its managed identity and bound to it by the `pgaadauth` security label (Entra ID
 * authentication only, no password anywhere: the PostgreSQL provider signs in as the deployer, which the pool makes an
 * Entra administrator of the server, with an Entra token); and a data access policy on the pool's Redis confining its
 * identity to `<tenant>:` keys and channels.
 */
export const azureSlice: SliceBuilder = {
  build({ stack, tenant, pool, access }) {
    const id = tenant.spec.id;
    const platform = pool.platform;
    if (!(platform instanceof AzurePlatform)) throw new Error(`pool '${pool.stackName}' is not an Azure platform`);
    const account = platform.storage.account;

    const container = new StorageContainer(stack, 'storage-container', {
      name: `${id}-data`,
      storageAccountId: account.id,
      containerAccessType: 'private',
    });
    const server = platform.database.server;
    new PostgresqlProvider(stack, 'postgresql', {
      host: server.fqdn,
      port: POSTGRES_PORT,
      database: 'postgres',
      // The deployer is an Entra administrator of the pool's server (the pool makes it one): Terraform signs in as it
      // with an Entra token for the runner's identity; no password exists.
      username: access?.deployer.azure?.name ?? platform.database.administrator.name,
      azureIdentityAuth: true,
      azureTenantId: server.authentication.tenantId,
      sslmode: 'require',
      superuser: false,
    });
    const database = new TenantDatabase(stack, 'database', { tenantId: id, login: { kind: 'new-role', name: workloadIdentityName(id) } });
    const cache = new AzureTenantCacheAccess(stack, 'cache-access', { tenantId: id, redisCacheId: platform.cache.cache.id });

    return {
      bucketName: `${account.name}/${container.name}`,
      databaseName: database.database.name,
      grant(access) {
        if (!access.principalId) throw new Error(`tenant '${id}': the Azure workload access returned no principal id to grant to`);
        new RoleAssignment(stack, 'storage-container-access', {
          // With storage_account_id the container's id is its Resource Manager id, a valid role assignment scope.
          scope: container.id,
          roleDefinitionName: STORAGE_BLOB_DATA_CONTRIBUTOR,
          principalId: access.principalId,
          principalType: 'ServicePrincipal',
        });
        new AzureEntraLogin(stack, 'database-login', { roleName: database.roleName, objectId: access.principalId });
        cache.assign(access.principalId);
      },
    };
  },
};
