import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { AwsPlatform } from './platform';
import type { PlatformBuilder } from '../cloud-kit/platform';

/** AWS: the provider in the target's region with default tags, and the AWS platform. */
export const awsPlatformBuilder: PlatformBuilder = {
  build(stack, { name, region, sizing, tags }) {
    new AwsProvider(stack, 'aws', { region, defaultTags: [{ tags }] });
    const platform = new AwsPlatform(stack, 'platform', { name, sizing });
    const cluster = platform.cluster.cluster;
    const outputs = {
      clusterName: cluster.name,
      clusterEndpoint: cluster.endpoint,
      clusterCaCertificate: cluster.certificateAuthority.get(0).data,
      databaseEndpoint: platform.database.instance.address,
      cacheEndpoint: platform.cache.replicationGroup.primaryEndpointAddress,
      bucketName: platform.storage.bucket.bucket,
    };
    return { outputs, platform };
  },
};
