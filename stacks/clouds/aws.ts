import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { AwsPlatform } from '../../lib/aws/platform';
import type { CloudBuilder } from './cloud-builder';

/** AWS: the provider in the tenant's region with default tags, and the AWS platform. */
export const awsBuilder: CloudBuilder = {
  build(stack, tenant, tags) {
    new AwsProvider(stack, 'aws', { region: tenant.spec.region, defaultTags: [{ tags }] });
    const platform = new AwsPlatform(stack, 'platform', { name: tenant.spec.id, sizing: tenant.sizing });
    const cluster = platform.cluster.cluster;
    return {
      clusterName: cluster.name,
      clusterEndpoint: cluster.endpoint,
      clusterCaCertificate: cluster.certificateAuthority.get(0).data,
      databaseEndpoint: platform.database.instance.address,
      cacheEndpoint: platform.cache.replicationGroup.primaryEndpointAddress,
      bucketName: platform.storage.bucket.bucket,
    };
  },
};
