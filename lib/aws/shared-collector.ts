import { DataAwsEksCluster } from '@cdktf/provider-aws/lib/data-aws-eks-cluster';
import type { SharedCollectorBuilder } from '../cloud-kit/cluster-access';
import { ampScraper, ampWorkspace } from './amp-scraper';

/**
 * AWS: one Amazon Managed Prometheus scraper for the whole pool, scraping every tenant namespace into the pool's
 * workspace (a scraper per tenant would also run into the account's scraper quota).
 */
export const awsSharedCollector: SharedCollectorBuilder = {
  build({ stack, platform, platformName, namespaces }) {
    const cluster = new DataAwsEksCluster(stack, 'cluster', { name: platform.clusterName });
    if (!platform.metricsSources) throw new Error(`pool '${platformName}': the AWS platform names no metrics subnets for the Prometheus scraper`);
    const subnetIds = platform.metricsSources.subnetIds;
    ampScraper(stack, { cluster, workspace: ampWorkspace(stack, platformName), alias: `${platformName}-tenants`, namespaces, subnetIds });
  },
};
