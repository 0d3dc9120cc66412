import { DataAwsEksClusterAuth } from '@cdktf/provider-aws/lib/data-aws-eks-cluster-auth';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { Fn } from 'cdktf';
import type { ClusterAccessBuilder } from '../cloud-kit/cluster-access';

/**
 * AWS: the provider in the cluster's region with the default tags, and the Kubernetes provider with a token from
 * `aws_eks_cluster_auth` (valid 15 minutes, fetched at every plan/apply).
 */
export const awsClusterAccess: ClusterAccessBuilder = {
  build({ stack, region, tags, platform }) {
    new AwsProvider(stack, 'aws', { region, defaultTags: [{ tags }] });
    const auth = new DataAwsEksClusterAuth(stack, 'cluster-auth', { name: platform.clusterName });
    new KubernetesProvider(stack, 'kubernetes', {
      host: platform.clusterEndpoint,
      clusterCaCertificate: Fn.base64decode(platform.clusterCaCertificate),
      token: auth.token,
    });
  },
};
