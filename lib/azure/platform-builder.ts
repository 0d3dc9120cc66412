import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { AzurePlatform } from './platform';
import { azureAddressPlan } from './network';
import type { PlatformBuilder } from '../cloud-kit/platform';

/**
 * Azure: the azurerm provider and the Azure platform in the tenant's region and address block, with the deployer and
 * the admin groups as cluster admins, the runner network peered and admitted, and the alert receivers on the action
 * group. The provider works on storage through Azure Resource Manager only (`storage.data_plane_available = false`:
 * the accounts refuse public access, so a data-plane read from the runner would fail with 403 on every refresh) and
 * uses Entra ID for any storage call; Key Vaults are kept on destroy (purge protection forbids purging). Azure has no
 * provider default tags: the platform tags every resource itself. The subscription is the provider's default
 * (`ARM_SUBSCRIPTION_ID`, or the Azure CLI's): one subscription, or one resource group, per tenant.
 */
export const azurePlatformBuilder: PlatformBuilder = {
  build(stack, { name, region, sizing, tags, access, addressBlock, alertReceivers, databaseAdministrator }) {
    new AzurermProvider(stack, 'azurerm', {
      storageUseAzuread: true,
      features: [
        {
          keyVault: [{ purgeSoftDeleteOnDestroy: false, purgeSoftDeletedKeysOnDestroy: false, recoverSoftDeletedKeyVaults: true, recoverSoftDeletedKeys: true }],
          resourceGroup: [{ preventDeletionIfContainsResources: true }],
          logAnalyticsWorkspace: [{ permanentlyDeleteOnDestroy: false }],
          storage: [{ dataPlaneAvailable: false }],
        },
      ],
    });
    const runners = access?.runners;
    const platform = new AzurePlatform(stack, 'platform', {
      name,
      location: region,
      sizing,
      tags,
      addressPlan: addressBlock ? azureAddressPlan(addressBlock) : undefined,
      clusterAdminGroupObjectIds: access?.admins.azure.groupObjectIds,
      deployer: access?.deployer.azure,
      deployerDatabaseAdministrator: databaseAdministrator,
      apiServerAuthorizedIpRanges: runners?.publicIps,
      deployerIpRanges: runners?.publicIps,
      runner: runners && {
        cidrs: runners.cidrs,
        virtualNetworkId: runners.azure?.virtualNetworkId,
        privateDnsZoneIds: runners.azure?.privateDnsZoneIds,
      },
      alertReceivers,
    });
    const cluster = platform.cluster.cluster;
    const kubeConfig = cluster.kubeConfig.get(0);
    const outputs = {
      clusterName: cluster.name,
      // Peered runners resolve the private cluster through its public DNS name (which holds the private address).
      clusterEndpoint: runners?.azure ? `https://${cluster.fqdn}:443` : kubeConfig.host,
      clusterCaCertificate: kubeConfig.clusterCaCertificate,
      databaseEndpoint: platform.database.server.fqdn,
      cacheEndpoint: platform.cache.cache.hostname,
      bucketName: `${platform.storage.account.name}/${platform.storage.container.name}`,
    };
    return { outputs, platform };
  },
};
