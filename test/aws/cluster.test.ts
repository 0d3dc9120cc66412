import { EksCluster } from '@cdktf/provider-aws/lib/eks-cluster';
import { EksNodeGroup } from '@cdktf/provider-aws/lib/eks-node-group';
import { LaunchTemplate } from '@cdktf/provider-aws/lib/launch-template';
import { onlyResource, resourcesOf, synthTenant } from '../util';

describe('AwsCluster', () => {
  const premium = synthTenant({ tier: 'premium' });

  it('encrypts secrets with the tenant key and uses access entries', () => {
    const cluster = onlyResource(premium, 'aws_eks_cluster');
    expect(cluster.encryption_config).toEqual({ resources: ['secrets'], provider: { key_arn: expect.stringContaining('aws_kms_key') } });
    expect(cluster.access_config).toEqual({ authentication_mode: 'API', bootstrap_cluster_creator_admin_permissions: true });
  });

  it('turns the public endpoint off from premium', () => {
    expect(JSON.stringify(premium)).toHaveResourceWithProperties(EksCluster, {
      vpc_config: expect.objectContaining({ endpoint_private_access: true, endpoint_public_access: false }),
    });
  });

  it('keeps every control-plane log type from enhanced security, in a log group created first', () => {
    const cluster = onlyResource(premium, 'aws_eks_cluster');
    expect(cluster.enabled_cluster_log_types).toEqual(['api', 'audit', 'authenticator', 'controllerManager', 'scheduler']);
    expect(cluster.depends_on).toEqual(expect.arrayContaining([expect.stringMatching(/^aws_cloudwatch_log_group\./)]));
    const groups = resourcesOf(premium, 'aws_cloudwatch_log_group').map((g) => g.name);
    expect(groups).toContain('/aws/eks/acme/cluster');
  });

  it('sizes the node group from the tier and its overrides', () => {
    expect(JSON.stringify(premium)).toHaveResourceWithProperties(EksNodeGroup, {
      instance_types: ['c6i.xlarge'],
      scaling_config: { min_size: 2, desired_size: 2, max_size: 4 },
      ami_type: 'AL2023_x86_64_STANDARD',
    });
    const bigger = synthTenant({ tier: 'premium', overrides: { nodes: { max: 6 } } });
    expect(onlyResource(bigger, 'aws_eks_node_group').scaling_config).toEqual({ min_size: 2, desired_size: 2, max_size: 6 });
    const enterprise = synthTenant({ tier: 'enterprise' });
    expect(onlyResource(enterprise, 'aws_eks_node_group').instance_types).toEqual(['m6i.2xlarge']);
  });

  it('leaves the live node count to the autoscaler', () => {
    expect(onlyResource(premium, 'aws_eks_node_group').lifecycle).toEqual({ ignore_changes: ['scaling_config[0].desired_size'] });
  });

  it('requires IMDSv2 and encrypts node volumes with the tenant key', () => {
    expect(JSON.stringify(premium)).toHaveResourceWithProperties(LaunchTemplate, {
      metadata_options: { http_endpoint: 'enabled', http_tokens: 'required', http_put_response_hop_limit: 1 },
    });
    const [device] = onlyResource(premium, 'aws_launch_template').block_device_mappings as { ebs: Record<string, unknown> }[];
    expect(device.ebs).toEqual(expect.objectContaining({ encrypted: 'true', volume_type: 'gp3', kms_key_id: expect.stringContaining('aws_kms_key') }));
  });

  it('registers an OIDC provider for workload identity', () => {
    expect(onlyResource(premium, 'aws_iam_openid_connect_provider').client_id_list).toEqual(['sts.amazonaws.com']);
  });

  it('attaches the EKS managed policies to its roles', () => {
    const policies = resourcesOf(premium, 'aws_iam_role_policy_attachment').map((a) => String(a.policy_arn).split('/').pop());
    expect(policies).toEqual(
      expect.arrayContaining(['AmazonEKSClusterPolicy', 'AmazonEKSWorkerNodePolicy', 'AmazonEKS_CNI_Policy', 'AmazonEC2ContainerRegistryReadOnly']),
    );
  });
});

describe('AwsCluster add-ons', () => {
  const json = synthTenant({ tier: 'premium' });

  it('enforces NetworkPolicies through the VPC CNI network-policy agent', () => {
    const cni = resourcesOf(json, 'aws_eks_addon').find((a) => a.addon_name === 'vpc-cni');
    expect(JSON.parse(String(cni?.configuration_values))).toEqual({ enableNetworkPolicy: 'true' });
  });

  it('runs the Pod Identity agent once nodes exist', () => {
    const agent = resourcesOf(json, 'aws_eks_addon').find((a) => a.addon_name === 'eks-pod-identity-agent');
    expect(agent?.depends_on).toEqual([expect.stringMatching(/^aws_eks_node_group\./)]);
  });
});
