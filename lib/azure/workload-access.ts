import { DataAzurermKubernetesCluster } from '@cdktf/provider-azurerm/lib/data-azurerm-kubernetes-cluster';
import { FederatedIdentityCredential } from '@cdktf/provider-azurerm/lib/federated-identity-credential';
import { AzurermProvider } from '@cdktf/provider-azurerm/lib/provider';
import { UserAssignedIdentity } from '@cdktf/provider-azurerm/lib/user-assigned-identity';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { Fn } from 'cdktf';
import { resourceGroupName, workloadIdentityName } from './names';
import type { WorkloadAccessBuilder } from '../cloud-kit/workload-access';
import { httpsEndpoint } from '../cloud-kit/workload-access';

/**
 * Application id of the Azure Kubernetes Service AAD Server, the audience of Entra ID tokens for AKS
 * (learn.microsoft.com/azure/aks/kubelogin-authentication); the same id in every tenant.
 */
export const AKS_AAD_SERVER_ID = '6dae42f8-4368-4678-94ff-3960e28e3630';
/** Audience of the tokens AKS workload identity exchanges (learn.microsoft.com/azure/aks/workload-identity-overview). */
export const AZURE_TOKEN_EXCHANGE_AUDIENCE = 'api://AzureADTokenExchange';

/**
 * Resource group of a tenant's Azure platform. Derived from the tenant id here because PlatformOutputs does not
 * carry it; it must match the name the Azure platform gives its resource group.
 */
export function azureResourceGroupName(tenantId: string): string {
  return resourceGroupName(tenantId);
}

/**
 * Azure: the provider, and the Kubernetes provider authenticating through `kubelogin` with the Azure CLI login
 * (AKS runs with local accounts disabled and Entra ID RBAC, so there is no static credential to hand over; the
 * token is fetched at every plan/apply and kubelogin must be on PATH). Workload identity: a user-assigned
 * managed identity with a federated credential trusting the cluster's OIDC issuer for the service account.
 */
export const azureAccess: WorkloadAccessBuilder = {
  build({ stack, tenant, tags, platform, namespace, serviceAccount, platformName }) {
    const id = tenant.spec.id;
    const resourceGroupName = azureResourceGroupName(platformName ?? id);
    // Entra ID for storage data-plane calls: the platform's storage accounts refuse shared keys.
    new AzurermProvider(stack, 'azurerm', { features: [{}], storageUseAzuread: true });
    const cluster = new DataAzurermKubernetesCluster(stack, 'cluster', { name: platform.clusterName, resourceGroupName });
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

    const identity = new UserAssignedIdentity(stack, 'workload-identity', {
      name: workloadIdentityName(id),
      resourceGroupName,
      location: cluster.location,
      tags,
    });
    new FederatedIdentityCredential(stack, 'workload-federation', {
      name: `${id}-${namespace}-${serviceAccount}`,
      resourceGroupName,
      parentId: identity.id,
      issuer: cluster.oidcIssuerUrl,
      subject: `system:serviceaccount:${namespace}:${serviceAccount}`,
      audience: [AZURE_TOKEN_EXCHANGE_AUDIENCE],
    });

    return {
      serviceAccountAnnotations: { 'azure.workload.identity/client-id': identity.clientId },
      podLabels: { 'azure.workload.identity/use': 'true' },
      egressAllows: [],
      monitoringCidrs: [],
      identity: identity.clientId,
      principalId: identity.principalId,
    };
  },
};
