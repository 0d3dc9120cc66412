import type { DataAwsEksCluster } from '@cdktf/provider-aws/lib/data-aws-eks-cluster';
import { DataAwsPrometheusWorkspaces } from '@cdktf/provider-aws/lib/data-aws-prometheus-workspaces';
import { PrometheusScraper } from '@cdktf/provider-aws/lib/prometheus-scraper';
import { Fn, Token } from 'cdktf';
import type { Construct } from 'constructs';
import { podScrapeConfigYaml } from '../kubernetes/scrape-config';

/** The platform's Amazon Managed Prometheus workspace, found by its alias (the platform's name prefix). */
export interface AmpWorkspace {
  readonly arn: string;
  readonly id: string;
}

/** Looks up the workspace the platform created (alias = its name prefix) from a stack that does not own it. */
export function ampWorkspace(scope: Construct, platformName: string): AmpWorkspace {
  const workspaces = new DataAwsPrometheusWorkspaces(scope, 'prometheus-workspaces', { aliasPrefix: platformName });
  const at = Token.asNumber(Fn.index(workspaces.aliases, platformName));
  return { arn: Fn.element(workspaces.arns, at), id: Fn.element(workspaces.workspaceIds, at) };
}

export interface AmpScraperProps {
  /** The cluster, read through `aws_eks_cluster`. */
  readonly cluster: DataAwsEksCluster;
  readonly workspace: AmpWorkspace;
  /** Scraper alias. */
  readonly alias: string;
  /** Tenant namespaces whose annotated pods it scrapes. */
  readonly namespaces: readonly string[];
  /** Subnets of its network interfaces: the platform's metrics subnets, which hold no pod. */
  readonly subnetIds: readonly string[];
}

/**
 * An agentless Amazon Managed Prometheus scraper: ENIs in the platform's metrics subnets with the cluster security
 * group, one pod job per namespace, writing to the platform's workspace.
 */
export function ampScraper(scope: Construct, props: AmpScraperProps): PrometheusScraper {
  const vpcConfig = props.cluster.vpcConfig.get(0);
  return new PrometheusScraper(scope, 'prometheus-scraper', {
    alias: props.alias,
    scrapeConfiguration: podScrapeConfigYaml(props.namespaces),
    source: [{ eks: [{ clusterArn: props.cluster.arn, subnetIds: [...props.subnetIds], securityGroupIds: [vpcConfig.clusterSecurityGroupId] }] }],
    destination: [{ amp: [{ workspaceArn: props.workspace.arn }] }],
  });
}
