import { DataGoogleClientConfig } from '@cdktf/provider-google/lib/data-google-client-config';
import { GoogleProvider } from '@cdktf/provider-google/lib/provider';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { Fn } from 'cdktf';
import type { ClusterAccessBuilder, ClusterAccessContext } from '../cloud-kit/cluster-access';
import { httpsEndpoint } from '../cloud-kit/workload-access';

/**
 * GCP: the provider in the cluster's region with the tags as default labels, and the Kubernetes provider with the
 * caller's OAuth access token from `google_client_config` (about an hour, fetched at every plan/apply).
 * @returns the client configuration (its `project` names the Workload Identity pool).
 */
export function gcpClusterProviders({ stack, region, tags, platform }: ClusterAccessContext): DataGoogleClientConfig {
  new GoogleProvider(stack, 'google', { region, defaultLabels: tags });
  const client = new DataGoogleClientConfig(stack, 'client');
  new KubernetesProvider(stack, 'kubernetes', {
    host: httpsEndpoint(platform.clusterEndpoint),
    clusterCaCertificate: Fn.base64decode(platform.clusterCaCertificate),
    token: client.accessToken,
  });
  return client;
}

/** GCP: see `gcpClusterProviders`. */
export const gcpClusterAccess: ClusterAccessBuilder = {
  build(context) {
    gcpClusterProviders(context);
  },
};
