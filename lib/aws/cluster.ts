import { EksAccessEntry } from '@cdktf/provider-aws/lib/eks-access-entry';
import { EksAccessPolicyAssociation } from '@cdktf/provider-aws/lib/eks-access-policy-association';
import { DataAwsEksAddonVersion } from '@cdktf/provider-aws/lib/data-aws-eks-addon-version';
import { EksAddon, EksAddonConfig } from '@cdktf/provider-aws/lib/eks-addon';
import { EksCluster } from '@cdktf/provider-aws/lib/eks-cluster';
import { EksNodeGroup } from '@cdktf/provider-aws/lib/eks-node-group';
import { IamOpenidConnectProvider } from '@cdktf/provider-aws/lib/iam-openid-connect-provider';
import { IamRole } from '@cdktf/provider-aws/lib/iam-role';
import { IamRolePolicyAttachment } from '@cdktf/provider-aws/lib/iam-role-policy-attachment';
import { VpcSecurityGroupIngressRule } from '@cdktf/provider-aws/lib/vpc-security-group-ingress-rule';
import { LaunchTemplate } from '@cdktf/provider-aws/lib/launch-template';
import { Construct } from 'constructs';
import type { NodePool } from '../model/tier';
import type { AwsAccountContext } from './account-context';
import { serviceRole } from './iam';
import { encryptedLogGroup } from './log-group';
import { awsNodeType } from './sizes';
import { podIdentityTrustPolicy } from './pod-identity';

/** Every EKS control-plane log type. */
export const EKS_ALL_CONTROL_PLANE_LOGS = ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'] as const;
/** The minimum kept below the `enhanced` security level. */
export const EKS_BASIC_CONTROL_PLANE_LOGS = ['api', 'audit'] as const;

/** Kubernetes version; EKS standard support for 1.34 runs to December 2026. */
export const EKS_DEFAULT_KUBERNETES_VERSION = '1.34';
/** Root volume per node, GiB: room for images and ephemeral storage on AL2023. */
const NODE_ROOT_VOLUME_GIB = 50;
/** The Kubernetes API port of the cluster's endpoints. */
const KUBERNETES_API_PORT = 443;
/** Service account of the EBS CSI controller, which its pod identity association names (EKS user guide, ebs-csi). */
const EBS_CSI_CONTROLLER_SERVICE_ACCOUNT = 'ebs-csi-controller-sa';

/** Who sets the node group's live size. */
export type NodeCountOwner = 'terraform' | 'cluster-autoscaler';

export interface AwsClusterProps {
  /** Cluster name. */
  readonly name: string;
  readonly account: AwsAccountContext;
  /** Private subnets for the control-plane ENIs and the nodes. */
  readonly subnetIds: string[];
  /** Node size and counts. */
  readonly nodes: NodePool;
  /** Key for Kubernetes secrets and node volumes. */
  readonly kmsKeyArn: string;
  /** Key for the control-plane log group. */
  readonly logsKmsKeyArn: string;
  /** Control-plane log retention, days. */
  readonly logRetentionDays: number;
  /** Kubernetes version. @default EKS_DEFAULT_KUBERNETES_VERSION */
  readonly kubernetesVersion?: string;
  /** Turn the public API endpoint off; the API is then reachable only inside the VPC. @default true */
  readonly privateEndpointOnly?: boolean;
  /** CIDRs allowed to the public endpoint when it is on. @default ['0.0.0.0/0'] */
  readonly publicAccessCidrs?: string[];
  /** All five control-plane log types instead of API and audit only. @default true */
  readonly allControlPlaneLogs?: boolean;
  /** IAM principals (roles/users) granted cluster admin through access entries: platform admins, break-glass. @default [] */
  readonly adminPrincipalArns?: readonly string[];
  /**
   * The IAM role Terraform runs as, granted cluster admin through its own access entry, so access does not hang on
   * who created the cluster. @default - the creator keeps the admin access EKS bootstraps for it
   */
  readonly deployerRoleArn?: string;
  /** Ranges of the runner networks, admitted to the API endpoints on 443 through the cluster security group. @default [] */
  readonly runnerCidrs?: readonly string[];
  /**
   * Who sets the node group's live size: `terraform` keeps it at `nodes.desired` (no autoscaler runs), and
   * `cluster-autoscaler` leaves it to a Cluster Autoscaler you install (EKS tags managed node groups for its
   * auto-discovery) within min and max. @default 'terraform'
   */
  readonly nodeCount?: NodeCountOwner;
  /** IMDSv2 hop limit on nodes: 1 keeps pods away from the node's credentials (pods use IRSA). @default 1 */
  readonly imdsHopLimit?: number;
}

/**
 * An EKS cluster with envelope encryption of secrets, control-plane logs, access entries (authentication mode
 * API) for the deployer and the admins, the runner networks admitted to its private endpoint, a managed node group
 * on a launch template (IMDSv2 only, encrypted root volumes) that follows the cluster's version, the core add-ons as
 * managed add-ons at the newest version for that Kubernetes version (VPC CNI with network policies, kube-proxy,
 * CoreDNS, the EBS CSI driver, the Pod Identity agent) and an IAM OIDC provider for IRSA.
 */
export class AwsCluster extends Construct {
  readonly cluster: EksCluster;
  readonly nodeGroup: EksNodeGroup;
  readonly oidcProvider: IamOpenidConnectProvider;
  /** The EKS Pod Identity agent, which hands pods the credentials of their pod identity association. */
  readonly podIdentityAgent: EksAddon;
  /** The Amazon VPC CNI as a managed add-on, with its network-policy agent on so NetworkPolicies are enforced. */
  readonly vpcCni: EksAddon;
  /** kube-proxy, CoreDNS and the EBS CSI driver (with its pod identity role), as managed add-ons. */
  readonly coreAddons: EksAddon[];
  /** The EC2 instance type of the nodes. */
  readonly instanceType: string;

  constructor(scope: Construct, id: string, props: AwsClusterProps) {
    super(scope, id);
    const partition = props.account.partition;
    const privateOnly = props.privateEndpointOnly ?? true;

    const logGroup = encryptedLogGroup(this, 'control-plane-logs', {
      name: `/aws/eks/${props.name}/cluster`,
      retentionDays: props.logRetentionDays,
      kmsKeyArn: props.logsKmsKeyArn,
    });
    const clusterRole = serviceRole(this, 'cluster-role', {
      name: `${props.name}-eks-cluster`,
      service: 'eks.amazonaws.com',
      partition,
      managedPolicies: ['AmazonEKSClusterPolicy', 'AmazonEKSVPCResourceController'],
      extraAssumeActions: ['sts:TagSession'],
      // EKS sends both keys to the cluster role (EKS user guide, cross-service-confused-deputy-prevention).
      sourceAccount: props.account.accountId,
      sourceArn: `arn:${partition}:eks:${props.account.region}:${props.account.accountId}:cluster/${props.name}`,
    });

    this.cluster = new EksCluster(this, 'cluster', {
      name: props.name,
      version: props.kubernetesVersion ?? EKS_DEFAULT_KUBERNETES_VERSION,
      roleArn: clusterRole.role.arn,
      vpcConfig: {
        subnetIds: props.subnetIds,
        endpointPrivateAccess: true,
        endpointPublicAccess: !privateOnly,
        publicAccessCidrs: privateOnly ? undefined : (props.publicAccessCidrs ?? ['0.0.0.0/0']),
      },
      encryptionConfig: { resources: ['secrets'], provider: { keyArn: props.kmsKeyArn } },
      // With a named deployer, its own access entry (below) replaces the creator's implicit one.
      accessConfig: { authenticationMode: 'API', bootstrapClusterCreatorAdminPermissions: props.deployerRoleArn === undefined },
      enabledClusterLogTypes: [...((props.allControlPlaneLogs ?? true) ? EKS_ALL_CONTROL_PLANE_LOGS : EKS_BASIC_CONTROL_PLANE_LOGS)],
      upgradePolicy: { supportType: 'STANDARD' },
      // The bootstrap flag only acts at creation and forces a new cluster when changed (hashicorp/aws 5.100,
      // eks cluster schema: ForceNew): naming a deployer later must not replace a running cluster.
      lifecycle: { ignoreChanges: ['access_config[0].bootstrap_cluster_creator_admin_permissions'] },
      dependsOn: [logGroup, ...clusterRole.attachments],
    });
    (props.runnerCidrs ?? []).forEach(
      (cidr, i) =>
        new VpcSecurityGroupIngressRule(this, `api-from-runner-${i}`, {
          securityGroupId: this.cluster.vpcConfig.clusterSecurityGroupId,
          cidrIpv4: cidr,
          ipProtocol: 'tcp',
          fromPort: KUBERNETES_API_PORT,
          toPort: KUBERNETES_API_PORT,
          description: 'Kubernetes API from the runner network',
        }),
    );

    this.oidcProvider = new IamOpenidConnectProvider(this, 'oidc', {
      url: this.cluster.identity.get(0).oidc.get(0).issuer,
      clientIdList: ['sts.amazonaws.com'],
    });

    const clusterAdmin = (entryId: string, principalArn: string) => {
      const entry = new EksAccessEntry(this, entryId, { clusterName: this.cluster.name, principalArn, type: 'STANDARD' });
      new EksAccessPolicyAssociation(this, `${entryId}-policy`, {
        clusterName: this.cluster.name,
        principalArn: entry.principalArn,
        policyArn: `arn:${partition}:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy`,
        accessScope: { type: 'cluster' },
      });
    };
    if (props.deployerRoleArn) clusterAdmin('deployer', props.deployerRoleArn);
    [...new Set(props.adminPrincipalArns ?? [])]
      .filter((arn) => arn !== props.deployerRoleArn)
      .forEach((principalArn, i) => clusterAdmin(`admin-${i}`, principalArn));

    const nodeRole = serviceRole(this, 'node-role', {
      name: `${props.name}-eks-node-group`,
      service: 'ec2.amazonaws.com',
      partition,
      managedPolicies: [
        'AmazonEKSWorkerNodePolicy',
        'AmazonEKS_CNI_Policy',
        'AmazonEC2ContainerRegistryReadOnly',
        'AmazonSSMManagedInstanceCore',
      ],
    });
    const launchTemplate = new LaunchTemplate(this, 'node-template', {
      namePrefix: `${props.name}-node-`,
      description: `${props.name} EKS nodes: IMDSv2 only, encrypted root volume`,
      updateDefaultVersion: true,
      metadataOptions: {
        httpEndpoint: 'enabled',
        httpTokens: 'required',
        httpPutResponseHopLimit: props.imdsHopLimit ?? 1,
      },
      blockDeviceMappings: [
        {
          deviceName: '/dev/xvda',
          ebs: {
            volumeSize: NODE_ROOT_VOLUME_GIB,
            volumeType: 'gp3',
            encrypted: 'true',
            kmsKeyId: props.kmsKeyArn,
            deleteOnTermination: 'true',
          },
        },
      ],
      monitoring: { enabled: true },
    });

    // Each add-on at the newest version EKS offers for the cluster's Kubernetes version, so it moves with upgrades.
    const addon = (addonName: string, config: Omit<EksAddonConfig, 'clusterName' | 'addonName'> = {}) =>
      new EksAddon(this, addonName, {
        clusterName: this.cluster.name,
        addonName,
        addonVersion: new DataAwsEksAddonVersion(this, `${addonName}-version`, {
          addonName,
          kubernetesVersion: this.cluster.version,
          mostRecent: true,
        }).version,
        resolveConflictsOnCreate: 'OVERWRITE',
        resolveConflictsOnUpdate: 'OVERWRITE',
        ...config,
      });

    // Without the network-policy agent, EKS accepts NetworkPolicy objects and enforces none of them.
    this.vpcCni = addon('vpc-cni', { configurationValues: JSON.stringify({ enableNetworkPolicy: 'true' }) });
    const kubeProxy = addon('kube-proxy');

    this.instanceType = awsNodeType(props.nodes.vcpu, props.nodes.memoryGiB);
    this.nodeGroup = new EksNodeGroup(this, 'nodes', {
      clusterName: this.cluster.name,
      nodeGroupName: `${props.name}-default`,
      nodeRoleArn: nodeRole.role.arn,
      subnetIds: props.subnetIds,
      amiType: 'AL2023_x86_64_STANDARD',
      capacityType: 'ON_DEMAND',
      instanceTypes: [this.instanceType],
      // The nodes follow the control plane: an upgrade of the cluster rolls the group to the same version.
      version: this.cluster.version,
      scalingConfig: { minSize: props.nodes.min, desiredSize: props.nodes.desired, maxSize: props.nodes.max },
      updateConfig: { maxUnavailable: 1 },
      launchTemplate: { id: launchTemplate.id, version: `${launchTemplate.latestVersion}` },
      labels: { 'tenant-templates/pool': 'default' },
      // A Cluster Autoscaler owns the live node count once installed; without one, Terraform keeps nodes.desired.
      lifecycle: (props.nodeCount ?? 'terraform') === 'cluster-autoscaler' ? { ignoreChanges: ['scaling_config[0].desired_size'] } : undefined,
      dependsOn: [...nodeRole.attachments, this.vpcCni, kubeProxy],
    });

    // DaemonSets and Deployments from here on: they need nodes to become active.
    this.podIdentityAgent = addon('eks-pod-identity-agent', { dependsOn: [this.nodeGroup] });
    const coreDns = addon('coredns', { dependsOn: [this.nodeGroup] });
    const ebsCsiRole = this.ebsCsiDriverRole(props.name, partition);
    const ebsCsi = addon('aws-ebs-csi-driver', {
      podIdentityAssociation: [{ roleArn: ebsCsiRole.role.arn, serviceAccount: EBS_CSI_CONTROLLER_SERVICE_ACCOUNT }],
      dependsOn: [this.nodeGroup, this.podIdentityAgent, ebsCsiRole.attachment],
    });
    this.coreAddons = [kubeProxy, coreDns, ebsCsi];
  }

  /**
   * The EBS CSI controller's pod identity role: the AWS managed AmazonEBSCSIDriverPolicy. Volumes encrypted with the
   * cluster key need nothing more: the key policy lets this account's principals use it through EC2.
   */
  private ebsCsiDriverRole(name: string, partition: string): { role: IamRole; attachment: IamRolePolicyAttachment } {
    const role = new IamRole(this, 'ebs-csi-role', {
      name: `${name}-ebs-csi`,
      description: `EBS CSI controller of ${name} (kube-system/${EBS_CSI_CONTROLLER_SERVICE_ACCOUNT})`,
      assumeRolePolicy: podIdentityTrustPolicy(name, 'kube-system', EBS_CSI_CONTROLLER_SERVICE_ACCOUNT),
    });
    const attachment = new IamRolePolicyAttachment(this, 'ebs-csi-policy', {
      role: role.name,
      policyArn: `arn:${partition}:iam::aws:policy/service-role/AmazonEBSCSIDriverPolicy`,
    });
    return { role, attachment };
  }
}
