import type { TerraformStack } from 'cdktf';
import { Fn } from 'cdktf';
import type { EgressAllow } from '../kubernetes/network-policy';
import type { AlertReceiver } from '../model/alerts';
import type { ResolvedTenant } from '../model/resolve';
import type { PlatformOutputs } from './platform';

/** What a cloud's access builder is given. */
export interface WorkloadAccessContext {
  readonly stack: TerraformStack;
  readonly tenant: ResolvedTenant;
  /** Default tags/labels of every cloud resource, as in the platform stack. */
  readonly tags: Record<string, string>;
  /** The platform stack's outputs: using them here makes cdktf add outputs there and remote state here. */
  readonly platform: PlatformOutputs;
  /** The tenant namespace, a plain string (identity bindings name it before it exists). */
  readonly namespace: string;
  /** The workload service account name. */
  readonly serviceAccount: string;
  /**
   * Name prefix of the platform that runs the cluster: the tenant id for a siloed tenant, the pool's resource name
   * for a pooled one (finds the Prometheus workspace on AWS and the resource group on Azure).
   * @default - the tenant id
   */
  readonly platformName?: string;
  /**
   * The cluster's metrics collector is the pool's, shared by all its tenants (its workloads stack builds it): the
   * tenant gets no collector of its own. @default false
   */
  readonly sharedCollector?: boolean;
  /**
   * Who hears the tenant's workload alerts when they must not go to the platform's receivers only (a pooled tenant:
   * its own receivers and the fleet's). @default - the platform's receivers
   */
  readonly alertReceivers?: readonly AlertReceiver[];
}

/** What a cloud's access builder hands back to the workloads stack. */
export interface WorkloadAccess {
  /** Annotations that bind the workload service account to the cloud identity. */
  readonly serviceAccountAnnotations: Record<string, string>;
  /** Labels the tenant's pods must carry to get the cloud identity (Azure), else empty. */
  readonly podLabels: Record<string, string>;
  /** Node-local identity endpoints pods must reach when egress is locked down. */
  readonly egressAllows: EgressAllow[];
  /** Addresses of an out-of-cluster metrics collector, allowed into the namespace. */
  readonly monitoringCidrs: string[];
  /** The cloud identity (role ARN, managed identity client id, Google service account email). */
  readonly identity: string;
  /** The identity's directory object id, where role assignments need it (Azure managed identity principal id). */
  readonly principalId?: string;
}

/**
 * Configures the cloud provider, the Kubernetes provider (endpoint, CA and a short-lived credential) and the
 * workload identity in a tenant's workloads stack.
 */
export interface WorkloadAccessBuilder {
  build(context: WorkloadAccessContext): WorkloadAccess;
}

/** The API server URL: PlatformOutputs promises HTTPS, and GKE/AKS attributes give a bare host, so add the scheme when missing. */
export function httpsEndpoint(endpoint: string): string {
  return Fn.conditional(Fn.startswith(endpoint, 'https://'), endpoint, `https://${endpoint}`) as string;
}
