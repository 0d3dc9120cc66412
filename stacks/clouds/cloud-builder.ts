import type { TerraformStack } from 'cdktf';
import type { ResolvedTenant } from '../../lib/spec/resolve';

/**
 * What every cloud's platform hands to the stack (outputs) and to dependent stacks (the workloads stack reaches
 * the cluster through these). Values are Terraform references.
 */
export interface PlatformOutputs {
  readonly clusterName: string;
  /** HTTPS endpoint of the Kubernetes API. */
  readonly clusterEndpoint: string;
  /** Base64-encoded PEM of the cluster CA. */
  readonly clusterCaCertificate: string;
  /** Host name of the PostgreSQL server. */
  readonly databaseEndpoint: string;
  /** Host name of the Redis primary. */
  readonly cacheEndpoint: string;
  /** Bucket, or storage account/container, name. */
  readonly bucketName: string;
}

/** Builds one cloud's provider and platform into a tenant stack. */
export interface CloudBuilder {
  build(stack: TerraformStack, tenant: ResolvedTenant, tags: Record<string, string>): PlatformOutputs;
}
