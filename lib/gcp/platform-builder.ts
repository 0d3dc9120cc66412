import { GoogleProvider } from '@cdktf/provider-google/lib/provider';
import { Lazy } from 'cdktf';
import { GcpPlatform } from './platform';
import { gcpAddressPlan } from './network';
import { gcpLabels } from './labels';
import type { PlatformBuilder } from '../cloud-kit/platform';

/**
 * GCP: the google provider in the tenant's region with the tags as default labels (customer-managed keys add
 * google-beta, for the service identities they need on a fresh project), and the GCP platform in the tenant's address block, with the runner
 * networks authorized on the control plane, the deployer and admins as Kubernetes Engine Admins and the alert
 * receivers as notification channels. The project is the provider's default (`GOOGLE_PROJECT`, or the gcloud
 * configuration) when Terraform runs: one project per tenant.
 */
export const gcpPlatformBuilder: PlatformBuilder = {
  build(stack, { name, region, sizing, tags, databaseAdministrator, access, addressBlock, alertReceivers }) {
    const labels = gcpLabels(tags);
    // cdktf snake-cases provider map keys (`cost-center` -> `cost_center`) except under `tags`; a token keeps them.
    const defaultLabels = Lazy.anyValue({ produce: () => labels }) as unknown as Record<string, string>;
    new GoogleProvider(stack, 'google', { region, defaultLabels });
    const deployer = access?.deployer.gcp?.serviceAccount;
    const dnsEndpoint = access?.runners.gcp?.dnsEndpoint ?? false;
    const platform = new GcpPlatform(stack, 'platform', {
      name,
      region,
      sizing,
      databaseAdministrator,
      addressPlan: addressBlock ? gcpAddressPlan(addressBlock) : undefined,
      authorizedNetworks: (access?.runners.cidrs ?? []).map((cidrBlock, i) => ({ cidrBlock, displayName: `runners-${i + 1}` })),
      dnsEndpoint,
      clusterAdminMembers: [...(deployer ? [`serviceAccount:${deployer}`] : []), ...(access?.admins.gcp.members ?? [])],
      deployerServiceAccount: deployer,
      alertReceivers,
    });
    const cluster = platform.cluster.cluster;
    const outputs = {
      clusterName: cluster.name,
      // The DNS-based endpoint reaches the control plane from the runner wherever it runs, IAM deciding who may.
      clusterEndpoint: dnsEndpoint
        ? `https://${cluster.controlPlaneEndpointsConfig.dnsEndpointConfig.endpoint}`
        : `https://${cluster.endpoint}`,
      clusterCaCertificate: cluster.masterAuth.clusterCaCertificate,
      databaseEndpoint: platform.database.instance.privateIpAddress,
      cacheEndpoint: platform.cache.instance.host,
      bucketName: platform.storage.bucket.name,
      alertChannels: platform.monitoring.notificationChannels.map((channel) => channel.id),
    };
    return { outputs, platform };
  },
};
