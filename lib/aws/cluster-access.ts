import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { Fn } from 'cdktf';
import { ephemeralResource } from '../cloud-kit/ephemeral';
import type { ClusterAccessBuilder } from '../cloud-kit/cluster-access';

/**
 * AWS: the provider in the cluster's region with the default tags, and the Kubernetes provider with a token from the
 * ephemeral `aws_eks_cluster_auth` (valid 15 minutes, fetched at every plan and apply, never stored in state: the
 * data source of the same name kept it there).
 */
export const awsClusterAccess: ClusterAccessBuilder = {
  build({ stack, region, tags, platform }) {
    new AwsProvider(stack, 'aws', { region, defaultTags: [{ tags }] });
    const auth = ephemeralResource(stack, 'aws_eks_cluster_auth', 'cluster', { name: platform.clusterName });
    new KubernetesProvider(stack, 'kubernetes', {
      host: platform.clusterEndpoint,
      clusterCaCertificate: Fn.base64decode(platform.clusterCaCertificate),
      token: auth.attribute('token'),
    });
  },
};
