import { DataAzurermKubernetesCluster } from '@cdktf/provider-azurerm/lib/data-azurerm-kubernetes-cluster';
import { DataAzurermMonitorActionGroup } from '@cdktf/provider-azurerm/lib/data-azurerm-monitor-action-group';
import { DataAzurermMonitorWorkspace } from '@cdktf/provider-azurerm/lib/data-azurerm-monitor-workspace';
import { MonitorActionGroup } from '@cdktf/provider-azurerm/lib/monitor-action-group';
import { MonitorAlertPrometheusRuleGroup } from '@cdktf/provider-azurerm/lib/monitor-alert-prometheus-rule-group';
import { FederatedIdentityCredential } from '@cdktf/provider-azurerm/lib/federated-identity-credential';
import { UserAssignedIdentity } from '@cdktf/provider-azurerm/lib/user-assigned-identity';
import { tenantAlertRules } from '../kubernetes/dashboards';
import { actionGroupName, monitorWorkspaceName, resourceGroupName, workloadIdentityName } from './names';
import { actionGroupReceivers } from './monitoring';
import type { WorkloadAccessBuilder } from '../cloud-kit/workload-access';
import { azureClusterAccess } from './cluster-access';

/** Audience of the tokens AKS workload identity exchanges (learn.microsoft.com/azure/aks/workload-identity-overview). */
export const AZURE_TOKEN_EXCHANGE_AUDIENCE = 'api://AzureADTokenExchange';

/** Azure Monitor alert severities (0 critical .. 4 verbose): the tenant rules' `critical` and `warning`. */
const CRITICAL_SEVERITY = 1;
const WARNING_SEVERITY = 3;
/** Action group short names: at most 12 characters. */
const ACTION_GROUP_SHORT_NAME_LENGTH = 12;

/** A Prometheus duration (`15m`, `5m`, `1h`) as the ISO 8601 duration Azure Monitor rule groups take (`PT15M`). */
export function isoDuration(duration: string): string {
  const match = /^(\d+)([smh])$/.exec(duration);
  if (!match) throw new Error(`'${duration}' is not a Prometheus duration of seconds, minutes or hours`);
  return `PT${match[1]}${match[2].toUpperCase()}`;
}

/**
 * Resource group of a tenant's Azure platform. Derived from the tenant id here because PlatformOutputs does not
 * carry it; it must match the name the Azure platform gives its resource group.
 */
export function azureResourceGroupName(tenantId: string): string {
  return resourceGroupName(tenantId);
}

/**
 * Azure: the providers (`azureClusterAccess`: the Kubernetes provider signs in through `kubelogin`; the deployer holds
 * Azure Kubernetes Service RBAC Cluster Admin). Workload identity: a user-assigned managed identity with a federated
 * credential trusting the cluster's OIDC issuer for the service account. The tenant's alert rules, where the tier has
 * them, in an Azure Monitor Prometheus rule group on the platform's workspace (the metrics add-on's collected series
 * are evaluated there), notifying the platform's action group, or a pooled tenant's own.
 */
export const azureAccess: WorkloadAccessBuilder = {
  build({ stack, tenant, tags, platform, namespace, serviceAccount, platformName, alertReceivers }) {
    const id = tenant.spec.id;
    const platformId = platformName ?? id;
    const resourceGroupName = azureResourceGroupName(platformId);
    azureClusterAccess.build({ stack, region: tenant.spec.region, tags, platform, platformName: platformId });
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

    const { monitoring } = tenant.sizing;
    if (monitoring.prometheus && monitoring.grafana && monitoring.alarms) {
      // The platform's action group, or (a pooled tenant) an action group of the tenant's own receivers.
      const actionGroupId = alertReceivers
        ? new MonitorActionGroup(stack, 'alert-action-group', {
            name: actionGroupName(id),
            resourceGroupName,
            shortName: id.slice(0, ACTION_GROUP_SHORT_NAME_LENGTH),
            ...actionGroupReceivers(stack, alertReceivers),
            tags,
          }).id
        : new DataAzurermMonitorActionGroup(stack, 'alert-action-group', { name: actionGroupName(platformId), resourceGroupName }).id;
      const workspace = new DataAzurermMonitorWorkspace(stack, 'prometheus-workspace', { name: monitorWorkspaceName(platformId), resourceGroupName });
      new MonitorAlertPrometheusRuleGroup(stack, 'prometheus-alerts', {
        name: `${id}-workloads`,
        location: cluster.location,
        resourceGroupName,
        clusterName: platform.clusterName,
        description: `Alerts on the ${namespace} namespace`,
        interval: 'PT1M',
        scopes: [workspace.id],
        rule: tenantAlertRules(namespace).map((rule) => ({
          alert: rule.alert,
          expression: rule.expr,
          for: isoDuration(rule.for),
          severity: rule.labels.severity === 'critical' ? CRITICAL_SEVERITY : WARNING_SEVERITY,
          labels: rule.labels,
          annotations: rule.annotations,
          enabled: true,
          action: [{ actionGroupId }],
          alertResolution: { autoResolved: true, timeToResolve: 'PT10M' },
        })),
        tags,
      });
    }

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
