import { DataGoogleClientConfig } from '@cdktf/provider-google/lib/data-google-client-config';
import { GoogleProvider } from '@cdktf/provider-google/lib/provider';
import { ServiceAccount } from '@cdktf/provider-google/lib/service-account';
import { ServiceAccountIamMember } from '@cdktf/provider-google/lib/service-account-iam-member';
import { StorageBucketIamMember } from '@cdktf/provider-google/lib/storage-bucket-iam-member';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import { Fn } from 'cdktf';
import type { WorkloadAccessBuilder } from '../cloud-kit/workload-access';
import { httpsEndpoint } from '../cloud-kit/workload-access';

/** The GKE metadata server pods reach for Workload Identity credentials (GKE docs, workload-identity, network policy). */
export const GKE_METADATA_SERVER = [
  { cidr: '169.254.169.254/32', port: 80 },
  { cidr: '169.254.169.252/32', port: 988 },
] as const;

/**
 * GCP: the provider in the tenant's region with the tags as default labels, the Kubernetes provider with the
 * caller's OAuth access token from `google_client_config` (about an hour, fetched at every plan/apply), and
 * Workload Identity: a Google service account the Kubernetes service account may impersonate, with object
 * read/write on the tenant's bucket only.
 */
export const gcpAccess: WorkloadAccessBuilder = {
  build({ stack, tenant, tags, platform, namespace, serviceAccount }) {
    const id = tenant.spec.id;
    new GoogleProvider(stack, 'google', { region: tenant.spec.region, defaultLabels: tags });
    const client = new DataGoogleClientConfig(stack, 'client');
    new KubernetesProvider(stack, 'kubernetes', {
      host: httpsEndpoint(platform.clusterEndpoint),
      clusterCaCertificate: Fn.base64decode(platform.clusterCaCertificate),
      token: client.accessToken,
    });

    const account = new ServiceAccount(stack, 'workload-identity', {
      accountId: `${id}-workload`,
      displayName: `${id} workloads (${namespace}/${serviceAccount})`,
    });
    new ServiceAccountIamMember(stack, 'workload-identity-user', {
      serviceAccountId: account.name,
      role: 'roles/iam.workloadIdentityUser',
      member: `serviceAccount:${client.project}.svc.id.goog[${namespace}/${serviceAccount}]`,
    });
    new StorageBucketIamMember(stack, 'workload-bucket-access', {
      bucket: platform.bucketName,
      role: 'roles/storage.objectUser',
      member: `serviceAccount:${account.email}`,
    });

    return {
      serviceAccountAnnotations: { 'iam.gke.io/gcp-service-account': account.email },
      podLabels: {},
      egressAllows: GKE_METADATA_SERVER.map((e) => ({ ...e })),
      monitoringCidrs: [],
      identity: account.email,
    };
  },
};
