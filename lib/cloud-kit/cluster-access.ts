import type { TerraformStack } from 'cdktf';
import type { PlatformOutputs } from './platform';

/** What a stack that works inside an existing cluster needs to reach it. */
export interface ClusterAccessContext {
  readonly stack: TerraformStack;
  /** The cluster's region. */
  readonly region: string;
  /** Default tags/labels of every cloud resource. */
  readonly tags: Record<string, string>;
  /** The platform stack's outputs (cross-stack references). */
  readonly platform: PlatformOutputs;
  /** Name prefix of the platform that runs the cluster: a tenant id, or a pool's resource name. */
  readonly platformName: string;
}

/**
 * Configures the cloud provider and the Kubernetes provider (endpoint, CA and a short-lived credential) of a stack
 * that works inside a cluster: a tenant's workloads stack, a pool's workloads stack, a slice.
 */
export interface ClusterAccessBuilder {
  build(context: ClusterAccessContext): void;
}

/** What the cloud part of a pool's shared collector is given, in the pool's workloads stack (after `ClusterAccessBuilder`). */
export interface SharedCollectorContext extends ClusterAccessContext {
  /** Every tenant namespace of the pool. */
  readonly namespaces: readonly string[];
}

/**
 * The cloud resources of a pool's metrics collector that serve all its tenants at once (on AWS, one Amazon Managed
 * Prometheus scraper for every tenant namespace; other clouds collect in-cluster and need none).
 */
export interface SharedCollectorBuilder {
  build(context: SharedCollectorContext): void;
}
