import { ContainerCluster } from '@cdktf/provider-google/lib/container-cluster';
import { ContainerNodePool } from '@cdktf/provider-google/lib/container-node-pool';
import { ProjectIamMember } from '@cdktf/provider-google/lib/project-iam-member';
import { ServiceAccount } from '@cdktf/provider-google/lib/service-account';
import type { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import type { NodePool } from '../model/tier';
import { PODS_RANGE, SERVICES_RANGE } from './network';
import type { GcpProjectContext } from './project-context';
import { gcpNodeType } from './sizes';

/** Control-plane components whose logs and metrics GKE exports from the `enhanced` security level. */
export const CONTROL_PLANE_COMPONENTS = ['APISERVER', 'SCHEDULER', 'CONTROLLER_MANAGER'] as const;
/** What GKE exports below it (audit logs go to Cloud Audit Logs whatever is set here). */
export const BASIC_LOGGING_COMPONENTS = ['SYSTEM_COMPONENTS', 'WORKLOADS'] as const;
export const BASIC_MONITORING_COMPONENTS = ['SYSTEM_COMPONENTS'] as const;

/**
 * The least a node's service account needs (GKE's "least privilege" node service account): write logs and
 * metrics, read metrics for the metadata agent, and pull images from Artifact Registry.
 */
export const NODE_ROLES = [
  'roles/logging.logWriter',
  'roles/monitoring.metricWriter',
  'roles/monitoring.viewer',
  'roles/stackdriver.resourceMetadata.writer',
  'roles/artifactregistry.reader',
] as const;

/** The IAM role with every Kubernetes API permission on a project's clusters. */
export const KUBERNETES_ENGINE_ADMIN = 'roles/container.admin';
/** Boot disk per node, GB: GKE's default size, on balanced persistent disk. */
const NODE_DISK_GB = 100;
/** Container-Optimized OS with containerd: GKE's hardened default image. */
const NODE_IMAGE = 'COS_CONTAINERD';

export interface GcpClusterProps {
  /** Cluster name (`<tenant>-gke`, at most 40 characters). */
  readonly name: string;
  /** Prefix of the node service account id (6-30 characters in total). */
  readonly serviceAccountPrefix: string;
  readonly project: GcpProjectContext;
  /** A zone (zonal cluster) or the region (regional cluster, control plane replicated over three zones). */
  readonly location: string;
  /** Zones the nodes run in; for a regional cluster, the zones its node pool spreads over. */
  readonly nodeZones: readonly string[];
  readonly networkId: string;
  readonly subnetworkId: string;
  /** The control plane's private /28. */
  readonly controlPlaneCidr: string;
  /** Node size and total counts (spread over nodeZones). */
  readonly nodes: NodePool;
  /** Cloud KMS key for Kubernetes secrets and node boot disks. @default - Google-managed encryption */
  readonly kmsKeyId?: string;
  /** The control plane is reachable on its private endpoint only. @default true */
  readonly privateEndpointOnly?: boolean;
  /** CIDRs allowed to the control plane besides the nodes: the runner networks. @default [] */
  readonly authorizedNetworks?: readonly { readonly cidrBlock: string; readonly displayName: string }[];
  /** The node range, always authorized. */
  readonly nodesCidr: string;
  /**
   * Reach the control plane through its DNS-based endpoint too: callers anywhere, each authorized by IAM
   * (container.clusters.connect) rather than by network. @default false
   */
  readonly dnsEndpoint?: boolean;
  /**
   * IAM members granted Kubernetes Engine Admin (full Kubernetes API access) on the project: the deployer, the
   * platform admins. @default []
   */
  readonly adminMembers?: readonly string[];
  /** Export scheduler and controller manager logs and metrics too. @default true */
  readonly allControlPlaneLogs?: boolean;
  /** Google Cloud Managed Service for Prometheus. @default true */
  readonly managedPrometheus?: boolean;
  /** Terraform refuses to destroy the cluster. @default true */
  readonly deletionProtection?: boolean;
  /** Resources to create first (APIs; the key grants when kmsKeyId is set). @default [] */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * A private, VPC-native GKE Standard cluster: Dataplane V2 (eBPF, enforces NetworkPolicy), Workload Identity,
 * shielded nodes, the REGULAR release channel, no client certificate, application-layer secrets encryption with
 * the tenant key, control-plane logs and Managed Prometheus; plus a separately managed, autoscaled node pool on a
 * dedicated least-privilege service account, with secure boot and the GKE metadata server.
 */
export class GcpCluster extends Construct {
  readonly cluster: ContainerCluster;
  readonly nodePool: ContainerNodePool;
  readonly nodeServiceAccount: ServiceAccount;
  /** The Compute Engine machine type of the nodes. */
  readonly machineType: string;

  constructor(scope: Construct, id: string, props: GcpClusterProps) {
    super(scope, id);
    const privateOnly = props.privateEndpointOnly ?? true;
    const allLogs = props.allControlPlaneLogs ?? true;
    const controlPlane = allLogs ? [...CONTROL_PLANE_COMPONENTS] : [];
    const regional = props.location === props.project.region;

    this.nodeServiceAccount = new ServiceAccount(this, 'node-sa', {
      accountId: `${props.serviceAccountPrefix}-gke-nodes`,
      displayName: `${props.name} GKE nodes`,
      description: 'Least-privilege node identity; workloads use Workload Identity instead',
      dependsOn: props.dependsOn,
    });
    const roleBindings = NODE_ROLES.map(
      (role) =>
        new ProjectIamMember(this, `node-sa-${role.split('/')[1].replace(/\./g, '-')}`, {
          project: props.project.projectId,
          role,
          member: this.nodeServiceAccount.member,
        }),
    );

    this.cluster = new ContainerCluster(this, 'cluster', {
      name: props.name,
      description: `${props.name} tenant cluster`,
      location: props.location,
      nodeLocations: regional ? [...props.nodeZones] : undefined,
      network: props.networkId,
      subnetwork: props.subnetworkId,
      networkingMode: 'VPC_NATIVE',
      ipAllocationPolicy: { clusterSecondaryRangeName: PODS_RANGE, servicesSecondaryRangeName: SERVICES_RANGE },
      // The default pool cannot be configured like the managed one below: create it minimal and delete it.
      removeDefaultNodePool: true,
      initialNodeCount: 1,
      privateClusterConfig: {
        enablePrivateNodes: true,
        enablePrivateEndpoint: privateOnly,
        masterIpv4CidrBlock: props.controlPlaneCidr,
        masterGlobalAccessConfig: { enabled: false },
      },
      masterAuthorizedNetworksConfig: {
        gcpPublicCidrsAccessEnabled: false,
        cidrBlocks: [{ cidrBlock: props.nodesCidr, displayName: 'nodes' }, ...(props.authorizedNetworks ?? [])],
      },
      controlPlaneEndpointsConfig: props.dnsEndpoint ? { dnsEndpointConfig: { allowExternalTraffic: true } } : undefined,
      masterAuth: { clientCertificateConfig: { issueClientCertificate: false } },
      workloadIdentityConfig: { workloadPool: `${props.project.projectId}.svc.id.goog` },
      datapathProvider: 'ADVANCED_DATAPATH',
      enableShieldedNodes: true,
      enableLegacyAbac: false,
      releaseChannel: { channel: 'REGULAR' },
      databaseEncryption: props.kmsKeyId ? { state: 'ENCRYPTED', keyName: props.kmsKeyId } : undefined,
      loggingConfig: { enableComponents: [...BASIC_LOGGING_COMPONENTS, ...controlPlane] },
      monitoringConfig: {
        enableComponents: [...BASIC_MONITORING_COMPONENTS, ...controlPlane],
        managedPrometheus: { enabled: props.managedPrometheus ?? true },
      },
      securityPostureConfig: { mode: 'BASIC', vulnerabilityMode: 'VULNERABILITY_BASIC' },
      maintenancePolicy: { dailyMaintenanceWindow: { startTime: '03:00' } },
      deletionProtection: props.deletionProtection ?? true,
      dependsOn: props.dependsOn,
    });

    // GKE authorizes Kubernetes API calls with IAM as well as RBAC: Kubernetes Engine Admin holds every Kubernetes
    // permission (GKE docs, iam: roles/container.admin), so the deployer and the admins need no RBAC binding.
    [...new Set(props.adminMembers ?? [])].forEach(
      (member, i) =>
        new ProjectIamMember(this, `kubernetes-admin-${i}`, { project: props.project.projectId, role: KUBERNETES_ENGINE_ADMIN, member }),
    );

    this.machineType = gcpNodeType(props.nodes.vcpu, props.nodes.memoryGiB);
    const zones = regional ? props.nodeZones.length : 1;
    // Per-zone start size: the desired total spread over the zones, never below the minimum.
    const initialPerZone = Math.max(1, Math.ceil(props.nodes.min / zones), Math.floor(props.nodes.desired / zones));
    this.nodePool = new ContainerNodePool(this, 'nodes', {
      name: 'default',
      cluster: this.cluster.id,
      location: props.location,
      nodeLocations: regional ? [...props.nodeZones] : undefined,
      initialNodeCount: initialPerZone,
      autoscaling: {
        totalMinNodeCount: props.nodes.min,
        totalMaxNodeCount: props.nodes.max,
        locationPolicy: 'BALANCED',
      },
      management: { autoRepair: true, autoUpgrade: true },
      upgradeSettings: { maxSurge: 1, maxUnavailable: 0, strategy: 'SURGE' },
      nodeConfig: {
        machineType: this.machineType,
        imageType: NODE_IMAGE,
        diskType: 'pd-balanced',
        diskSizeGb: NODE_DISK_GB,
        bootDiskKmsKey: props.kmsKeyId,
        serviceAccount: this.nodeServiceAccount.email,
        // Access is bounded by the service account's roles; the broad scope is what Google recommends with them.
        oauthScopes: ['https://www.googleapis.com/auth/cloud-platform'],
        shieldedInstanceConfig: { enableSecureBoot: true, enableIntegrityMonitoring: true },
        workloadMetadataConfig: { mode: 'GKE_METADATA' },
        metadata: { 'disable-legacy-endpoints': 'true' },
        labels: { 'tenant-templates/pool': 'default' },
      },
      // The cluster autoscaler owns the live node count after creation.
      lifecycle: { ignoreChanges: ['initial_node_count'] },
      dependsOn: roleBindings,
    });
  }
}
