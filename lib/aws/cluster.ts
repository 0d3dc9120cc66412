import { EksAccessEntry } from '@cdktf/provider-aws/lib/eks-access-entry';
import { EksAccessPolicyAssociation } from '@cdktf/provider-aws/lib/eks-access-policy-association';
import { EksAddon } from '@cdktf/provider-aws/lib/eks-addon';
import { EksCluster } from '@cdktf/provider-aws/lib/eks-cluster';
import { EksNodeGroup } from '@cdktf/provider-aws/lib/eks-node-group';
import { IamOpenidConnectProvider } from '@cdktf/provider-aws/lib/iam-openid-connect-provider';
import { LaunchTemplate } from '@cdktf/provider-aws/lib/launch-template';
import { Construct } from 'constructs';
import type { NodePool } from '../model/tier';
import type { AwsAccountContext } from './account-context';
import { serviceRole } from './iam';
import { encryptedLogGroup } from './log-group';
import { awsNodeType } from './sizes';

/** Every EKS control-plane log type. */
export const EKS_ALL_CONTROL_PLANE_LOGS = ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'] as const;
/** The minimum kept below the `enhanced` security level. */
export const EKS_BASIC_CONTROL_PLANE_LOGS = ['api', 'audit'] as const;

/** Kubernetes version; EKS standard support for 1.34 runs to December 2026. */
export const EKS_DEFAULT_KUBERNETES_VERSION = '1.34';
/** Root volume per node, GiB: room for images and ephemeral storage on AL2023. */
const NODE_ROOT_VOLUME_GIB = 50;

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
  /** IAM principals (roles/users) granted cluster admin through access entries. @default [] */
  readonly adminPrincipalArns?: readonly string[];
  /** IMDSv2 hop limit on nodes: 1 keeps pods away from the node's credentials (pods use IRSA). @default 1 */
  readonly imdsHopLimit?: number;
}

/**
 * An EKS cluster with envelope encryption of secrets, control-plane logs, access entries (authentication mode
 * API), a managed node group on a launch template (IMDSv2 only, encrypted root volumes) and an IAM OIDC provider
 * for IRSA.
 */
export class AwsCluster extends Construct {
  readonly cluster: EksCluster;
  readonly nodeGroup: EksNodeGroup;
  readonly oidcProvider: IamOpenidConnectProvider;
  /** The EKS Pod Identity agent, which hands pods the credentials of their pod identity association. */
  readonly podIdentityAgent: EksAddon;
  /** The Amazon VPC CNI as a managed add-on, with its network-policy agent on so NetworkPolicies are enforced. */
  readonly vpcCni: EksAddon;
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
      accessConfig: { authenticationMode: 'API', bootstrapClusterCreatorAdminPermissions: true },
      enabledClusterLogTypes: [...((props.allControlPlaneLogs ?? true) ? EKS_ALL_CONTROL_PLANE_LOGS : EKS_BASIC_CONTROL_PLANE_LOGS)],
      upgradePolicy: { supportType: 'STANDARD' },
      dependsOn: [logGroup, ...clusterRole.attachments],
    });

    this.oidcProvider = new IamOpenidConnectProvider(this, 'oidc', {
      url: this.cluster.identity.get(0).oidc.get(0).issuer,
      clientIdList: ['sts.amazonaws.com'],
    });

    (props.adminPrincipalArns ?? []).forEach((principalArn, i) => {
      const entry = new EksAccessEntry(this, `admin-${i}`, { clusterName: this.cluster.name, principalArn, type: 'STANDARD' });
      new EksAccessPolicyAssociation(this, `admin-${i}-policy`, {
        clusterName: this.cluster.name,
        principalArn: entry.principalArn,
        policyArn: `arn:${partition}:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy`,
        accessScope: { type: 'cluster' },
      });
    });

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

    // Without the network-policy agent, EKS accepts NetworkPolicy objects and enforces none of them.
    this.vpcCni = new EksAddon(this, 'vpc-cni', {
      clusterName: this.cluster.name,
      addonName: 'vpc-cni',
      configurationValues: JSON.stringify({ enableNetworkPolicy: 'true' }),
      resolveConflictsOnCreate: 'OVERWRITE',
      resolveConflictsOnUpdate: 'OVERWRITE',
    });

    this.instanceType = awsNodeType(props.nodes.vcpu, props.nodes.memoryGiB);
    this.nodeGroup = new EksNodeGroup(this, 'nodes', {
      clusterName: this.cluster.name,
      nodeGroupName: `${props.name}-default`,
      nodeRoleArn: nodeRole.role.arn,
      subnetIds: props.subnetIds,
      amiType: 'AL2023_x86_64_STANDARD',
      capacityType: 'ON_DEMAND',
      instanceTypes: [this.instanceType],
      scalingConfig: { minSize: props.nodes.min, desiredSize: props.nodes.desired, maxSize: props.nodes.max },
      updateConfig: { maxUnavailable: 1 },
      launchTemplate: { id: launchTemplate.id, version: `${launchTemplate.latestVersion}` },
      labels: { 'tenant-templates/pool': 'default' },
      // The cluster autoscaler owns the live node count after creation.
      lifecycle: { ignoreChanges: ['scaling_config[0].desired_size'] },
      dependsOn: nodeRole.attachments,
    });

    // A DaemonSet: it needs nodes to become active.
    this.podIdentityAgent = new EksAddon(this, 'pod-identity-agent', {
      clusterName: this.cluster.name,
      addonName: 'eks-pod-identity-agent',
      resolveConflictsOnCreate: 'OVERWRITE',
      resolveConflictsOnUpdate: 'OVERWRITE',
      dependsOn: [this.nodeGroup],
    });
  }
}
