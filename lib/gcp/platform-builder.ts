import { GoogleProvider } from '@cdktf/provider-google/lib/provider';
import { Lazy } from 'cdktf';
import { GcpPlatform } from './platform';
import { gcpLabels } from './labels';
import type { PlatformBuilder } from '../cloud-kit/platform';

/**
 * GCP: the provider in the tenant's region with the tags as default labels, and the GCP platform. The project is
 * the provider's default (`GOOGLE_PROJECT`, or the gcloud configuration) when Terraform runs: one project per tenant.
 */
export const gcpPlatformBuilder: PlatformBuilder = {
  build(stack, { name, region, sizing, tags, databaseAdministrator }) {
    const labels = gcpLabels(tags);
    // cdktf snake-cases provider map keys (`cost-center` -> `cost_center`) except under `tags`; a token keeps them.
    const defaultLabels = Lazy.anyValue({ produce: () => labels }) as unknown as Record<string, string>;
    new GoogleProvider(stack, 'google', { region, defaultLabels });
    const platform = new GcpPlatform(stack, 'platform', { name, region, sizing, databaseAdministrator });
    const cluster = platform.cluster.cluster;
    const outputs = {
      clusterName: cluster.name,
      clusterEndpoint: `https://${cluster.endpoint}`,
      clusterCaCertificate: cluster.masterAuth.clusterCaCertificate,
      databaseEndpoint: platform.database.instance.privateIpAddress,
      cacheEndpoint: platform.cache.instance.host,
      bucketName: platform.storage.bucket.name,
    };
    return { outputs, platform };
  },
};
