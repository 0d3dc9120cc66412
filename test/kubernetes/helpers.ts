import { App, TerraformStack, TerraformVariable, Testing } from 'cdktf';
import { KubernetesProvider } from '@cdktf/provider-kubernetes/lib/provider';
import type { Cloud } from '../../lib/model/enums';
import type { TenantInput } from '../../lib/model/tenant';
import type { PlatformOutputs } from '../../lib/cloud-kit/platform';
import { tenantOf } from '../util';

/** A region the tenant schema accepts, per cloud. */
export const REGION: Record<Cloud, string> = { aws: 'us-east-1', azure: 'westeurope', gcp: 'europe-west1' };

/** The white-label example tenant's node override (tenants/initech.yaml). */
export const WHITE_LABEL_OVERRIDES = { nodes: { vcpu: 8, memoryGiB: 32, min: 3, desired: 3, max: 10 }, storageGb: 8000 };

/** A tenant of `tier` on `cloud`; white-label gets the example override. */
export function tenantFor(tier: string, cloud: Cloud = 'aws', extra: Partial<TenantInput> = {}) {
  return tenantOf({
    tier,
    cloud,
    region: REGION[cloud],
    ...(tier === 'white-label' ? { overrides: WHITE_LABEL_OVERRIDES } : {}),
    ...extra,
  });
}

/** A stack with a Kubernetes provider, for testing in-cluster constructs. */
export function kubeStack(): { app: App; stack: TerraformStack } {
  const app = Testing.app();
  const stack = new TerraformStack(app, 'test');
  new KubernetesProvider(stack, 'kubernetes', {});
  return { app, stack };
}

/** Synthesized JSON of a stack, parsed. */
export function synthJson(stack: TerraformStack): Record<string, Record<string, Record<string, Record<string, unknown>>>> {
  return JSON.parse(Testing.synth(stack));
}

/**
 * A stand-in for a cloud's platform stack: a TerraformStack whose PlatformOutputs are its own variables, so the
 * workloads stack can be tested on every cloud before the Azure and GCP platforms exist.
 */
export function fakePlatformStack(app: App, id = 'tenant-fake'): { stack: TerraformStack; outputs: PlatformOutputs } {
  const stack = new TerraformStack(app, id);
  const v = (name: string) => new TerraformVariable(stack, name, { type: 'string' }).stringValue;
  return {
    stack,
    outputs: {
      clusterName: v('cluster_name'),
      clusterEndpoint: v('cluster_endpoint'),
      clusterCaCertificate: v('cluster_ca'),
      databaseEndpoint: v('database_endpoint'),
      cacheEndpoint: v('cache_endpoint'),
      bucketName: v('bucket_name'),
      metricsSources: { cidrs: ['10.0.116.0/24', '10.0.117.0/24'], subnetIds: [v('metrics_subnet_a'), v('metrics_subnet_b')] },
    },
  };
}
