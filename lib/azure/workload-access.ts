import { DataAzurermKubernetesCluster } from '@cdktf/provider-azurerm/lib/data-azurerm-kubernetes-cluster';
import { FederatedIdentityCredential } from '@cdktf/provider-azurerm/lib/federated-identity-credential';
import { UserAssignedIdentity } from '@cdktf/provider-azurerm/lib/user-assigned-identity';
import { resourceGroupName, workloadIdentityName } from './names';
import type { WorkloadAccessBuilder } from '../cloud-kit/workload-access';
import { azureClusterAccess } from './cluster-access';

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
 * Azure: the providers (`azureClusterAccess`: the Kubernetes provider signs in through `kubelogin`). Workload identity: a user-assigned
 * managed identity with a federated credential trusting the cluster's OIDC issuer for the service account.
 */
export const azureAccess: WorkloadAccessBuilder = {
  build({ stack, tenant, tags, platform, namespace, serviceAccount, platformName }) {
    const id = tenant.spec.id;
    const resourceGroupName = azureResourceGroupName(platformName ?? id);
    azureClusterAccess.build({ stack, region: tenant.spec.region, tags, platform, platformName: platformName ?? id });
    const cluster = new DataAzurermKubernetesCluster(stack, 'cluster', { name: platform.clusterName, resourceGroupName });

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
