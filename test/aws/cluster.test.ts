import { EksCluster } from '@cdktf/provider-aws/lib/eks-cluster';
import { EksNodeGroup } from '@cdktf/provider-aws/lib/eks-node-group';
import { LaunchTemplate } from '@cdktf/provider-aws/lib/launch-template';
import { FLEET_SETTINGS, onlyResource, resourcesOf, synthTenant } from '../util';

describe('AwsCluster', () => {
  const premium = synthTenant({ tier: 'premium' });
  const fleet = synthTenant({ tier: 'premium' }, { settings: FLEET_SETTINGS });

  it('encrypts secrets with the tenant key and uses access entries', () => {
    const cluster = onlyResource(premium, 'aws_eks_cluster');
    expect(cluster.encryption_config).toEqual({ resources: ['secrets'], provider: { key_arn: expect.stringContaining('aws_kms_key') } });
    expect(cluster.access_config).toEqual({ authentication_mode: 'API', bootstrap_cluster_creator_admin_permissions: true });
    expect(cluster.lifecycle).toEqual({ ignore_changes: ['access_config[0].bootstrap_cluster_creator_admin_permissions'] });
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

  // No autoscaler runs on EKS unless installed: ignoring desired_size left the group at whatever it was, so Terraform
  // keeps the tier's desired count (a Cluster Autoscaler is opt-in, nodeCount: 'cluster-autoscaler').
  it('keeps the node count at the tier\'s desired size (no autoscaler is installed)', () => {
    const group = onlyResource(premium, 'aws_eks_node_group');
    expect(group.lifecycle).toBeUndefined();
    expect(group.scaling_config).toEqual({ min_size: 2, desired_size: 2, max_size: 4 });
  });

  // aws_eks_node_group.version: "Kubernetes version. Defaults to EKS Cluster Kubernetes version" at creation only;
  // following the cluster's attribute makes a control-plane upgrade roll the nodes too (provider docs, eks_node_group).
  it('keeps the nodes on the control plane\'s Kubernetes version', () => {
    expect(onlyResource(premium, 'aws_eks_node_group').version).toMatch(/^\$\{aws_eks_cluster\.[^.]+\.version\}$/);
  });

  // EKS installs CoreDNS and kube-proxy as self-managed add-ons nobody upgrades, and no EBS CSI driver at all
  // (EKS user guide, eks-add-ons, ebs-csi): managed add-ons at the newest version for the cluster's version.
  it('manages the core add-ons at the newest version for the cluster, the EBS CSI driver with a pod identity', () => {
    const addons: Record<string, Record<string, unknown>> = Object.fromEntries(resourcesOf(premium, 'aws_eks_addon').map((a) => [String(a.addon_name), a]));
    expect(Object.keys(addons).sort()).toEqual(['aws-ebs-csi-driver', 'coredns', 'eks-pod-identity-agent', 'kube-proxy', 'vpc-cni']);
    for (const addon of Object.values(addons)) expect(addon.addon_version).toMatch(/^\$\{data\.aws_eks_addon_version\.[^.]+\.version\}$/);
    const data = Object.values(premium.data!.aws_eks_addon_version);
    expect(data).toHaveLength(5);
    for (const d of data) expect(d).toEqual(expect.objectContaining({ most_recent: true, kubernetes_version: expect.stringMatching(/aws_eks_cluster\.[^.]+\.version/) }));
    expect(addons['aws-ebs-csi-driver'].pod_identity_association).toEqual([
      { role_arn: expect.stringMatching(/aws_iam_role\.[^.]+\.arn/), service_account: 'ebs-csi-controller-sa' },
    ]);
    const role = resourcesOf(premium, 'aws_iam_role').find((r) => r.name === 'acme-ebs-csi')!;
    expect(JSON.parse(String(role.assume_role_policy)).Statement[0].Condition.StringEquals).toEqual({
      'aws:RequestTag/eks-cluster-name': 'acme',
      'aws:RequestTag/kubernetes-namespace': 'kube-system',
      'aws:RequestTag/kubernetes-service-account': 'ebs-csi-controller-sa',
    });
    expect(resourcesOf(premium, 'aws_iam_role_policy_attachment').map((a) => a.policy_arn)).toContainEqual(
      expect.stringMatching(/:iam::aws:policy\/service-role\/AmazonEBSCSIDriverPolicy$/),
    );
  });

  // EKS access entries: the cluster creator's implicit admin access follows whoever first applied; the deployer and
  // the break-glass roles get their own entries with AmazonEKSClusterAdminPolicy (EKS user guide, access-entries).
  it('grants the deployer and the admins cluster admin through access entries', () => {
    const entries = resourcesOf(fleet, 'aws_eks_access_entry').map((e) => e.principal_arn);
    expect(entries.sort()).toEqual(['arn:aws:iam::111122223333:role/break-glass', 'arn:aws:iam::111122223333:role/tt-deployer']);
    const policies = resourcesOf(fleet, 'aws_eks_access_policy_association');
    expect(policies).toHaveLength(2);
    for (const p of policies) {
      expect(p.policy_arn).toMatch(/:eks::aws:cluster-access-policy\/AmazonEKSClusterAdminPolicy$/);
      expect(p.access_scope).toEqual({ type: 'cluster' });
    }
    expect(resourcesOf(premium, 'aws_eks_access_entry')).toEqual([]);
  });

  // bootstrap_cluster_creator_admin_permissions is ForceNew (hashicorp/aws 5.100 eks cluster schema): with a named
  // deployer it is off for new clusters and ignored on running ones, so naming a deployer never replaces a cluster.
  it('drops the creator\'s implicit access once a deployer is named, without replacing running clusters', () => {
    const cluster = onlyResource(fleet, 'aws_eks_cluster');
    expect(cluster.access_config).toEqual({ authentication_mode: 'API', bootstrap_cluster_creator_admin_permissions: false });
    expect(cluster.lifecycle).toEqual({ ignore_changes: ['access_config[0].bootstrap_cluster_creator_admin_permissions'] });
  });

  // The private endpoint's ENIs carry the cluster security group, which admitted only itself: the runner reaches
  // the API only through a rule on that group (EKS user guide, cluster-endpoint, "private access").
  it('admits the runner networks to the API endpoint on 443', () => {
    const rules = resourcesOf(fleet, 'aws_vpc_security_group_ingress_rule').filter((r) => r.cidr_ipv4 === '172.31.0.0/20' && r.from_port === 443);
    expect(rules).toEqual([
      expect.objectContaining({ security_group_id: expect.stringMatching(/aws_eks_cluster\.[^.]+\.vpc_config\[0\]\.cluster_security_group_id/), to_port: 443, ip_protocol: 'tcp' }),
    ]);
  });

  // EKS user guide, cross-service-confused-deputy-prevention: EKS sends aws:SourceAccount and aws:SourceArn.
  it('lets EKS assume the cluster role only for this account\'s cluster', () => {
    const role = resourcesOf(premium, 'aws_iam_role').find((r) => r.name === 'acme-eks-cluster')!;
    expect(JSON.parse(String(role.assume_role_policy)).Statement[0].Condition).toEqual({
      StringEquals: { 'aws:SourceAccount': expect.stringContaining('data.aws_caller_identity') },
      ArnLike: { 'aws:SourceArn': expect.stringMatching(/:eks:.*:cluster\/acme$/) },
    });
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
