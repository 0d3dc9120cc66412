import { DiskEncryptionSet } from '@cdktf/provider-azurerm/lib/disk-encryption-set';
import { KubernetesCluster } from '@cdktf/provider-azurerm/lib/kubernetes-cluster';
import { KubernetesClusterNodePool } from '@cdktf/provider-azurerm/lib/kubernetes-cluster-node-pool';
import { MonitorDataCollectionEndpoint } from '@cdktf/provider-azurerm/lib/monitor-data-collection-endpoint';
import { MonitorDataCollectionRule } from '@cdktf/provider-azurerm/lib/monitor-data-collection-rule';
import { MonitorDataCollectionRuleAssociation } from '@cdktf/provider-azurerm/lib/monitor-data-collection-rule-association';
import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { UserAssignedIdentity } from '@cdktf/provider-azurerm/lib/user-assigned-identity';
import type { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { CLOUD_RESERVED_RANGES } from '../model/address-plan';
import type { NodePool } from '../model/tier';
import { diagnosticSetting } from './diagnostics';
import type { AzureResourceContext } from './resource-context';
import { AZURE_SMALL_SYSTEM_NODE_SIZE, AZURE_SYSTEM_NODE_SIZE, azureNodeSize } from './sizes';

/** Every AKS control-plane log category (the AWS platform's five types, plus the AKS-specific ones). */
export const AKS_ALL_CONTROL_PLANE_LOGS = [
  'kube-apiserver',
  'kube-audit',
  'kube-audit-admin',
  'kube-controller-manager',
  'kube-scheduler',
  'cluster-autoscaler',
  'cloud-controller-manager',
  'guard',
] as const;
/** Below the `enhanced` security level: the audit log of changes only (kube-audit-admin omits get/list). */
export const AKS_BASIC_CONTROL_PLANE_LOGS = ['kube-audit-admin'] as const;

/** Kubernetes minor version; AKS picks the newest patch and the `patch` channel keeps it current. */
export const AKS_DEFAULT_KUBERNETES_VERSION = '1.33';
/** OS disk per node, GiB (Premium SSD P10): room for images and ephemeral storage. */
const NODE_OS_DISK_GB = 128;
/** System pool bounds: AKS recommends at least two system nodes where the control plane carries an SLA. */
const SYSTEM_POOL_MAX = 3;
/** Pod and service ranges of Azure CNI overlay: outside the VNet, never routed (address plans keep clear of them). */
const [POD_CIDR, SERVICE_CIDR] = CLOUD_RESERVED_RANGES.azure.map((range) => range.cidr);
const DNS_SERVICE_IP = '172.16.0.10';
/** The built-in role that grants every Kubernetes permission on an Azure RBAC cluster (AKS docs, manage-azure-rbac). */
export const AKS_RBAC_CLUSTER_ADMIN = 'Azure Kubernetes Service RBAC Cluster Admin';
/** Weekly maintenance, Sunday 04:00 UTC for 4 hours (after the AWS platform's Sunday windows). */
const MAINTENANCE = {
  frequency: 'Weekly',
  interval: 1,
  duration: 4,
  dayOfWeek: 'Sunday',
  startTime: '04:00',
  utcOffset: '+00:00',
} as const;

export interface AzureClusterProps {
  /** Name prefix; the cluster is `<name>-aks`. */
  readonly name: string;
  readonly context: AzureResourceContext;
  /** Subnet of the nodes. */
  readonly nodeSubnetId: string;
  /** What the nodes' egress needs first (the NAT gateway association). @default [] */
  readonly egressDependencies?: ITerraformDependable[];
  /** Node size and counts of the user pool. */
  readonly nodes: NodePool;
  /** Availability zones of both pools. */
  readonly zones: readonly string[];
  /** Log Analytics workspace for Container Insights and control-plane logs. */
  readonly logAnalyticsWorkspaceId: string;
  /** Every control-plane log category instead of kube-audit-admin only. @default true */
  readonly allControlPlaneLogs?: boolean;
  /** API server reachable only inside the VNet (private cluster). @default true */
  readonly privateEndpointOnly?: boolean;
  /** CIDRs allowed to a public API server. @default [] (any address: set this when privateEndpointOnly is false) */
  readonly apiServerAuthorizedIpRanges?: readonly string[];
  /** Standard tier: financially backed uptime SLA. @default true */
  readonly uptimeSla?: boolean;
  /** Kubernetes minor version. @default AKS_DEFAULT_KUBERNETES_VERSION */
  readonly kubernetesVersion?: string;
  /** Entra ID groups granted cluster admin. @default [] (assign Azure RBAC roles on the cluster instead) */
  readonly adminGroupObjectIds?: readonly string[];
  /**
   * Entra principals granted `Azure Kubernetes Service RBAC Cluster Admin` on the cluster: the deployer (the
   * workloads stack and slices act on the cluster as it) and the admin groups. With local accounts off and Azure RBAC
   * on, nobody else has any Kubernetes permission. @default []
   */
  readonly clusterAdmins?: readonly { readonly objectId: string; readonly type?: 'ServicePrincipal' | 'User' | 'Group' }[];
  /**
   * A private cluster's public DNS name resolves to its private address, so peered networks (the runner's) find the
   * API server without a link to the cluster's private DNS zone. @default false
   */
  readonly privateClusterPublicFqdn?: boolean;
  /** Customer-managed key of node OS disks. @default - platform-managed keys */
  readonly diskEncryption?: {
    /** Versionless key id, so the disk encryption set follows rotation. */
    readonly keyVaultKeyId: string;
    /** User-assigned identity of the disk encryption set. */
    readonly identityId: string;
    /** The identity's key grant. */
    readonly grants: ITerraformDependable[];
  };
  /** Send Prometheus metrics to this Azure Monitor workspace (managed Prometheus). @default - no managed Prometheus */
  readonly monitorWorkspaceId?: string;
}

/**
 * An AKS cluster: Entra ID authentication with Azure RBAC and no local accounts (the deployer and the admin groups
 * hold Azure Kubernetes Service RBAC Cluster Admin), workload identity, Azure CNI
 * overlay with Cilium network policy, egress through the NAT gateway, a private API server, a user-assigned
 * control-plane identity, automatic patch and node-image upgrades in a weekly window, node disks encrypted with the
 * tenant key (disk encryption set), Container Insights and control-plane logs to Log Analytics, and managed
 * Prometheus. A system pool runs only critical add-ons; the tier-sized user pool autoscales across the zones.
 */
export class AzureCluster extends Construct {
  readonly cluster: KubernetesCluster;
  readonly userPool: KubernetesClusterNodePool;
  readonly identity: UserAssignedIdentity;
  readonly diskEncryptionSet?: DiskEncryptionSet;
  /** The VM size of the user pool. */
  readonly vmSize: string;

  constructor(scope: Construct, id: string, props: AzureClusterProps) {
    super(scope, id);
    const { context, name } = props;
    const privateOnly = props.privateEndpointOnly ?? true;
    const uptimeSla = props.uptimeSla ?? true;
    const zones = [...props.zones];

    this.identity = new UserAssignedIdentity(this, 'identity', { ...context.placement, name: `${name}-aks` });
    const grant = (grantId: string, scope: string, role: string) =>
      new RoleAssignment(this, grantId, {
        scope,
        roleDefinitionName: role,
        principalId: this.identity.principalId,
        principalType: 'ServicePrincipal',
      });
    // The control plane joins nodes and load balancers to the subnet and reads its NAT gateway.
    const dependsOn: ITerraformDependable[] = [...(props.egressDependencies ?? []), grant('subnet-network-contributor', props.nodeSubnetId, 'Network Contributor')];

    if (props.diskEncryption) {
      this.diskEncryptionSet = new DiskEncryptionSet(this, 'disk-encryption-set', {
        ...context.placement,
        name: `${name}-aks-disks`,
        keyVaultKeyId: props.diskEncryption.keyVaultKeyId,
        autoKeyRotationEnabled: true,
        encryptionType: 'EncryptionAtRestWithCustomerKey',
        identity: { type: 'UserAssigned', identityIds: [props.diskEncryption.identityId] },
        dependsOn: props.diskEncryption.grants,
      });
      dependsOn.push(grant('disk-encryption-set-reader', this.diskEncryptionSet.id, 'Reader'));
    }

    this.cluster = new KubernetesCluster(this, 'cluster', {
      ...context.placement,
      name: `${name}-aks`,
      dnsPrefix: name,
      kubernetesVersion: props.kubernetesVersion ?? AKS_DEFAULT_KUBERNETES_VERSION,
      skuTier: uptimeSla ? 'Standard' : 'Free',
      automaticUpgradeChannel: 'patch',
      nodeOsUpgradeChannel: 'NodeImage',
      maintenanceWindowAutoUpgrade: MAINTENANCE,
      maintenanceWindowNodeOs: MAINTENANCE,
      identity: { type: 'UserAssigned', identityIds: [this.identity.id] },
      localAccountDisabled: true,
      roleBasedAccessControlEnabled: true,
      azureActiveDirectoryRoleBasedAccessControl: {
        azureRbacEnabled: true,
        tenantId: context.tenantId,
        adminGroupObjectIds: props.adminGroupObjectIds?.length ? [...props.adminGroupObjectIds] : undefined,
      },
      oidcIssuerEnabled: true,
      workloadIdentityEnabled: true,
      privateClusterEnabled: privateOnly,
      privateClusterPublicFqdnEnabled: privateOnly ? (props.privateClusterPublicFqdn ?? false) : undefined,
      privateDnsZoneId: privateOnly ? 'System' : undefined,
      apiServerAccessProfile: privateOnly ? undefined : { authorizedIpRanges: [...(props.apiServerAuthorizedIpRanges ?? [])] },
      networkProfile: {
        networkPlugin: 'azure',
        networkPluginMode: 'overlay',
        networkDataPlane: 'cilium',
        networkPolicy: 'cilium',
        podCidr: POD_CIDR,
        serviceCidr: SERVICE_CIDR,
        dnsServiceIp: DNS_SERVICE_IP,
        outboundType: 'userAssignedNATGateway',
        loadBalancerSku: 'standard',
      },
      diskEncryptionSetId: this.diskEncryptionSet?.id,
      azurePolicyEnabled: true,
      imageCleanerEnabled: true,
      imageCleanerIntervalHours: 48,
      omsAgent: { logAnalyticsWorkspaceId: props.logAnalyticsWorkspaceId, msiAuthForMonitoringEnabled: true },
      monitorMetrics: props.monitorWorkspaceId ? {} : undefined,
      defaultNodePool: {
        name: 'system',
        temporaryNameForRotation: 'systemtmp',
        vmSize: uptimeSla ? AZURE_SYSTEM_NODE_SIZE : AZURE_SMALL_SYSTEM_NODE_SIZE,
        onlyCriticalAddonsEnabled: true,
        autoScalingEnabled: true,
        minCount: uptimeSla ? 2 : 1,
        maxCount: SYSTEM_POOL_MAX,
        zones,
        vnetSubnetId: props.nodeSubnetId,
        osDiskType: 'Managed',
        osDiskSizeGb: NODE_OS_DISK_GB,
        osSku: 'AzureLinux',
        upgradeSettings: { maxSurge: '10%' },
        tags: context.tags,
      },
      tags: context.tags,
      // The cluster autoscaler owns the live node count.
      lifecycle: { ignoreChanges: ['default_node_pool[0].node_count'] },
      dependsOn,
    });

    (props.clusterAdmins ?? []).forEach(
      (admin, i) =>
        new RoleAssignment(this, `cluster-admin-${i}`, {
          scope: this.cluster.id,
          roleDefinitionName: AKS_RBAC_CLUSTER_ADMIN,
          principalId: admin.objectId,
          principalType: admin.type,
        }),
    );

    this.vmSize = azureNodeSize(props.nodes.vcpu, props.nodes.memoryGiB);
    this.userPool = new KubernetesClusterNodePool(this, 'user-pool', {
      name: 'user',
      kubernetesClusterId: this.cluster.id,
      mode: 'User',
      vmSize: this.vmSize,
      autoScalingEnabled: true,
      minCount: props.nodes.min,
      nodeCount: props.nodes.desired,
      maxCount: props.nodes.max,
      zones,
      vnetSubnetId: props.nodeSubnetId,
      osDiskType: 'Managed',
      osDiskSizeGb: NODE_OS_DISK_GB,
      osSku: 'AzureLinux',
      nodeLabels: { 'tenant-templates/pool': 'default' },
      upgradeSettings: { maxSurge: '10%' },
      tags: context.tags,
      lifecycle: { ignoreChanges: ['node_count'] },
    });

    diagnosticSetting(this, 'control-plane-logs', {
      targetResourceId: this.cluster.id,
      workspaceId: props.logAnalyticsWorkspaceId,
      categories: (props.allControlPlaneLogs ?? true) ? AKS_ALL_CONTROL_PLANE_LOGS : AKS_BASIC_CONTROL_PLANE_LOGS,
    });

    if (props.monitorWorkspaceId) this.collectPrometheusMetrics(name, context, props.monitorWorkspaceId);
  }

  /** Azure Monitor managed Prometheus: the data collection endpoint, rule and association the metrics add-on needs. */
  private collectPrometheusMetrics(name: string, context: AzureResourceContext, monitorWorkspaceId: string): void {
    const endpoint = new MonitorDataCollectionEndpoint(this, 'prometheus-endpoint', {
      ...context.placement,
      name: `${name}-prometheus`,
      kind: 'Linux',
    });
    const destination = 'monitor-workspace';
    const rule = new MonitorDataCollectionRule(this, 'prometheus-rule', {
      ...context.placement,
      name: `${name}-prometheus`,
      kind: 'Linux',
      dataCollectionEndpointId: endpoint.id,
      destinations: { monitorAccount: [{ monitorAccountId: monitorWorkspaceId, name: destination }] },
      dataFlow: [{ streams: ['Microsoft-PrometheusMetrics'], destinations: [destination] }],
      dataSources: { prometheusForwarder: [{ name: 'prometheus', streams: ['Microsoft-PrometheusMetrics'] }] },
      description: `${name}: AKS Prometheus metrics to the Azure Monitor workspace`,
    });
    new MonitorDataCollectionRuleAssociation(this, 'prometheus-rule-association', {
      name: `${name}-prometheus`,
      targetResourceId: this.cluster.id,
      dataCollectionRuleId: rule.id,
    });
  }
}
