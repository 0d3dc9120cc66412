import { DiskEncryptionSet } from '@cdktf/provider-azurerm/lib/disk-encryption-set';
import { KubernetesCluster } from '@cdktf/provider-azurerm/lib/kubernetes-cluster';
import { KubernetesClusterNodePool } from '@cdktf/provider-azurerm/lib/kubernetes-cluster-node-pool';
import { MonitorDataCollectionRule } from '@cdktf/provider-azurerm/lib/monitor-data-collection-rule';
import { AKS_ALL_CONTROL_PLANE_LOGS } from '../../lib/azure/cluster';
import { FLEET_SETTINGS, onlyResource, resourcesOf, synthTenant } from '../util';
import { AZURE_RUNNER, synthAzure } from './helpers';

describe('AzureCluster', () => {
  const premium = synthAzure({ tier: 'premium' });
  const enterprise = synthAzure({ tier: 'enterprise' });
  const standard = synthAzure({ tier: 'standard' });

  it('signs users in with Entra ID only and gives pods workload identity', () => {
    expect(JSON.stringify(premium)).toHaveResourceWithProperties(KubernetesCluster, {
      name: 'acme-aks',
      local_account_disabled: true,
      role_based_access_control_enabled: true,
      azure_active_directory_role_based_access_control: expect.objectContaining({ azure_rbac_enabled: true }),
      oidc_issuer_enabled: true,
      workload_identity_enabled: true,
      identity: expect.objectContaining({ type: 'UserAssigned' }),
    });
  });

  // Blocker 6. With local accounts off and Azure RBAC on, only Azure role assignments grant Kubernetes permissions
  // (AKS docs, manage-azure-rbac): the deployer and the admin groups hold Azure Kubernetes Service RBAC Cluster Admin
  // on the cluster, and the admin groups are the AAD profile's admin groups too.
  it('grants the deployer and the admin groups Azure Kubernetes Service RBAC Cluster Admin', () => {
    const admins = (json: ReturnType<typeof synthAzure>) =>
      resourcesOf(json, 'azurerm_role_assignment').filter((r) => r.role_definition_name === 'Azure Kubernetes Service RBAC Cluster Admin');
    // Without fleet settings: the principal running Terraform.
    expect(admins(premium)).toEqual([
      expect.objectContaining({ scope: expect.stringMatching(/azurerm_kubernetes_cluster\.[^.]+\.id/), principal_id: expect.stringContaining('data.azurerm_client_config') }),
    ]);
    const fleet = synthTenant({ cloud: 'azure', region: 'westeurope', tier: 'premium' }, { settings: FLEET_SETTINGS });
    expect(admins(fleet).map((a) => [a.principal_id, a.principal_type])).toEqual([
      ['6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b', 'ServicePrincipal'],
      ['0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d', 'Group'],
    ]);
    const aad = onlyResource(fleet, 'azurerm_kubernetes_cluster').azure_active_directory_role_based_access_control as Record<string, unknown>;
    expect(aad.admin_group_object_ids).toEqual(['0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d']);
  });

  // A peered runner cannot resolve the private cluster's name (its zone is linked to the cluster VNet only); AKS's
  // public FQDN of a private cluster resolves to the private address (AKS docs, private-clusters, "public DNS").
  it('publishes the private API server\'s name for a peered runner', () => {
    const fleet = synthTenant(
      { cloud: 'azure', region: 'westeurope', tier: 'premium' },
      { settings: { ...FLEET_SETTINGS, runners: { ...FLEET_SETTINGS.runners, azure: AZURE_RUNNER } } },
    );
    const aks = onlyResource(fleet, 'azurerm_kubernetes_cluster');
    expect(aks.private_cluster_enabled).toBe(true);
    expect(aks.private_cluster_public_fqdn_enabled).toBe(true);
  });

  it('runs Azure CNI overlay with Cilium network policy and NAT gateway egress', () => {
    expect(onlyResource(premium, 'azurerm_kubernetes_cluster').network_profile).toEqual(
      expect.objectContaining({
        network_plugin: 'azure',
        network_plugin_mode: 'overlay',
        network_policy: 'cilium',
        network_data_plane: 'cilium',
        outbound_type: 'userAssignedNATGateway',
      }),
    );
  });

  it('is private with an uptime SLA from premium, public and free below', () => {
    expect(JSON.stringify(premium)).toHaveResourceWithProperties(KubernetesCluster, {
      private_cluster_enabled: true,
      private_cluster_public_fqdn_enabled: false,
      sku_tier: 'Standard',
    });
    const small = onlyResource(standard, 'azurerm_kubernetes_cluster');
    expect(small.private_cluster_enabled).toBe(false);
    expect(small.sku_tier).toBe('Free');
  });

  it('keeps the system pool to critical add-ons and sizes the autoscaling user pool by tier', () => {
    expect(onlyResource(premium, 'azurerm_kubernetes_cluster').default_node_pool).toEqual(
      expect.objectContaining({ only_critical_addons_enabled: true, auto_scaling_enabled: true, zones: ['1', '2', '3'] }),
    );
    expect(JSON.stringify(premium)).toHaveResourceWithProperties(KubernetesClusterNodePool, {
      mode: 'User',
      vm_size: 'Standard_F4s_v2',
      auto_scaling_enabled: true,
      min_count: 2,
      node_count: 2,
      max_count: 4,
      zones: ['1', '2', '3'],
    });
    expect(JSON.stringify(enterprise)).toHaveResourceWithProperties(KubernetesClusterNodePool, {
      vm_size: 'Standard_D8s_v5',
      min_count: 3,
      max_count: 8,
    });
  });

  it('applies node overrides inside the tier bounds', () => {
    const pool = onlyResource(synthAzure({ tier: 'premium', overrides: { nodes: { max: 6 } } }), 'azurerm_kubernetes_cluster_node_pool');
    expect(pool.max_count).toBe(6);
  });

  it('upgrades patches and node images automatically', () => {
    expect(JSON.stringify(premium)).toHaveResourceWithProperties(KubernetesCluster, {
      automatic_upgrade_channel: 'patch',
      node_os_upgrade_channel: 'NodeImage',
    });
  });

  it('encrypts node disks with the tenant key from advanced security (premium), not below', () => {
    expect(JSON.stringify(premium)).toHaveResourceWithProperties(DiskEncryptionSet, {
      auto_key_rotation_enabled: true,
      key_vault_key_id: expect.stringContaining('versionless_id'),
    });
    expect(onlyResource(premium, 'azurerm_kubernetes_cluster').disk_encryption_set_id).toContain('azurerm_disk_encryption_set');
    expect(onlyResource(standard, 'azurerm_kubernetes_cluster').disk_encryption_set_id).toBeUndefined();
  });

  it('sends container insights, every control-plane log and Prometheus metrics to Azure Monitor', () => {
    const cluster = onlyResource(premium, 'azurerm_kubernetes_cluster');
    expect(cluster.oms_agent).toEqual(expect.objectContaining({ msi_auth_for_monitoring_enabled: true }));
    expect(cluster.monitor_metrics).toEqual({});
    const logs = resourcesOf(premium, 'azurerm_monitor_diagnostic_setting').find((d) => String(d.target_resource_id).includes('kubernetes_cluster'));
    expect((logs!.enabled_log as { category: string }[]).map((l) => l.category)).toEqual([...AKS_ALL_CONTROL_PLANE_LOGS]);
    expect(JSON.stringify(premium)).toHaveResourceWithProperties(MonitorDataCollectionRule, {
      data_flow: [{ streams: ['Microsoft-PrometheusMetrics'], destinations: ['monitor-workspace'] }],
    });
    expect(resourcesOf(premium, 'azurerm_monitor_data_collection_rule_association')).toHaveLength(1);
  });

  it('exports only kube-audit-admin below the enhanced level (free tier)', () => {
    const free = synthAzure({ tier: 'free' });
    const logs = resourcesOf(free, 'azurerm_monitor_diagnostic_setting').find((d) => String(d.target_resource_id).includes('kubernetes_cluster'));
    expect(logs!.enabled_log).toEqual([{ category: 'kube-audit-admin' }]);
    expect(onlyResource(free, 'azurerm_kubernetes_cluster').monitor_metrics).toBeUndefined();
  });
});
