import { ServiceAccount } from '@cdktf/provider-google/lib/service-account';
import { ServiceAccountIamMember } from '@cdktf/provider-google/lib/service-account-iam-member';
import { StorageBucketIamMember } from '@cdktf/provider-google/lib/storage-bucket-iam-member';
import { Construct } from 'constructs';
import type { WorkloadAccessBuilder } from '../cloud-kit/workload-access';
import { gcpClusterProviders } from './cluster-access';
import { gcpNotificationChannels } from './notification-channels';
import { GcpWorkloadAlerts } from './workload-alerts';

/** The GKE metadata server pods reach for Workload Identity credentials (GKE docs, workload-identity, network policy). */
export const GKE_METADATA_SERVER = [
  { cidr: '169.254.169.254/32', port: 80 },
  { cidr: '169.254.169.252/32', port: 988 },
] as const;

/**
 * GCP: the provider in the tenant's region with the tags as default labels, the Kubernetes provider with the
 * caller's OAuth access token from `google_client_config` (about an hour, fetched at every plan/apply), and
 * Workload Identity: a Google service account the Kubernetes service account may impersonate, with object
 * read/write on the tenant's bucket only. The tenant's alert rules, where the tier has them, as Cloud Monitoring
 * alert policies telling the platform's notification channels, or (a pooled tenant) channels of its own receivers.
 */
export const gcpAccess: WorkloadAccessBuilder = {
  build({ stack, tenant, tags, platform, namespace, serviceAccount, alertReceivers }) {
    const id = tenant.spec.id;
    const client = gcpClusterProviders({ stack, region: tenant.spec.region, tags, platform, platformName: id });

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

    const { monitoring } = tenant.sizing;
    if (monitoring.prometheus && monitoring.grafana && monitoring.alarms) {
      const channels = alertReceivers
        ? gcpNotificationChannels(new Construct(stack, 'alert-channels'), id, alertReceivers).map((channel) => channel.id)
        : (platform.alertChannels ?? []);
      new GcpWorkloadAlerts(stack, 'prometheus-alerts', { namespace, notificationChannels: channels });
    }

    return {
      serviceAccountAnnotations: { 'iam.gke.io/gcp-service-account': account.email },
      podLabels: {},
      egressAllows: GKE_METADATA_SERVER.map((e) => ({ ...e })),
      monitoringCidrs: [],
      identity: account.email,
    };
  },
};
