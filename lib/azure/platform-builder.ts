import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { AzurePlatform } from './platform';
import type { PlatformBuilder } from '../cloud-kit/platform';

/**
 * Azure: the azurerm provider (Entra ID for storage data-plane calls, since the storage account refuses shared
 * keys; Key Vaults kept on destroy: purge protection forbids purging) and the Azure platform in the tenant's region.
 * Azure has no provider default tags: the platform tags every resource itself. The subscription is the provider's
 * default (`ARM_SUBSCRIPTION_ID`, or the Azure CLI's): one subscription, or one resource group, per tenant.
 */
export const azurePlatformBuilder: PlatformBuilder = {
  build(stack, { name, region, sizing, tags }) {
    new AzurermProvider(stack, 'azurerm', {
      storageUseAzuread: true,
      features: [
        {
          keyVault: [{ purgeSoftDeleteOnDestroy: false, purgeSoftDeletedKeysOnDestroy: false, recoverSoftDeletedKeyVaults: true, recoverSoftDeletedKeys: true }],
          resourceGroup: [{ preventDeletionIfContainsResources: true }],
          logAnalyticsWorkspace: [{ permanentlyDeleteOnDestroy: false }],
        },
      ],
    });
    const platform = new AzurePlatform(stack, 'platform', {
      name,
      location: region,
      sizing,
      tags,
    });
    const cluster = platform.cluster.cluster;
    const kubeConfig = cluster.kubeConfig.get(0);
    const outputs = {
      clusterName: cluster.name,
      clusterEndpoint: kubeConfig.host,
      clusterCaCertificate: kubeConfig.clusterCaCertificate,
      databaseEndpoint: platform.database.server.fqdn,
      cacheEndpoint: platform.cache.cache.hostname,
      bucketName: `${platform.storage.account.name}/${platform.storage.container.name}`,
    };
    return { outputs, platform };
  },
};
