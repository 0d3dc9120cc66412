import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { Fn } from 'cdktf';
import type { ClusterAccessBuilder } from '../cloud-kit/cluster-access';
import { httpsEndpoint } from '../cloud-kit/workload-access';

/**
 * Application id of the Azure Kubernetes Service AAD Server, the audience of Entra ID tokens for AKS
 * (learn.microsoft.com/azure/aks/kubelogin-authentication); the same id in every tenant.
 */
export const AKS_AAD_SERVER_ID = '6dae42f8-4368-4678-94ff-3960e28e3630';

/**
 * Azure: the provider (Entra ID for storage data-plane calls: the platform's storage accounts refuse shared keys),
 * and the Kubernetes provider authenticating through `kubelogin` with the Azure CLI login (AKS runs with local
 * accounts disabled and Entra ID RBAC, so there is no static credential to hand over; the token is fetched at
 * every plan/apply and kubelogin must be on PATH).
 */
export const azureClusterAccess: ClusterAccessBuilder = {
  build({ stack, platform }) {
    // Storage through Azure Resource Manager only, as in the platform: the accounts refuse public network access.
    new AzurermProvider(stack, 'azurerm', { features: [{ storage: [{ dataPlaneAvailable: false }] }], storageUseAzuread: true });
    new KubernetesProvider(stack, 'kubernetes', {
      host: httpsEndpoint(platform.clusterEndpoint),
      clusterCaCertificate: Fn.base64decode(platform.clusterCaCertificate),
      exec: [
        {
          apiVersion: 'client.authentication.k8s.io/v1beta1',
          command: 'kubelogin',
          args: ['get-token', '--login', 'azurecli', '--server-id', AKS_AAD_SERVER_ID],
        },
      ],
    });
  },
};
