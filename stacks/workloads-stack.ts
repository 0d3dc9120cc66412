import { TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { DEFAULT_SERVICE_ACCOUNT } from '../lib/kubernetes/service-account';
import { TenantWorkloads } from '../lib/kubernetes/tenant-workloads';
import type { ResolvedTenant } from '../lib/model/resolve';
import { configureBackend } from './backend';
import type { PlatformOutputs } from '../lib/cloud-kit/platform';
import { CLOUD_KITS } from '../lib/cloud-kit/registry';
import type { WorkloadAccess } from '../lib/cloud-kit/workload-access';
import { workloadsStackName } from '../lib/synth-layout';
import { tenantTags } from './tags';
import { ResolvedOnceStack } from './private/resolved-once-stack';

export interface WorkloadsStackProps {
  /** The tenant, fitted to its tier. */
  readonly tenant: ResolvedTenant;
  /** The stack that builds the tenant's cluster; this stack depends on it. */
  readonly platformStack: TerraformStack;
  /** The platform's outputs (references into `platformStack`, which cdktf turns into outputs and remote state). */
  readonly platform: PlatformOutputs;
  /** Folder that relative local-state paths are resolved against. @default process.cwd() */
  readonly projectDir?: string;
  /** Ingress controller namespace allowed into the tenant namespace. @default 'ingress-nginx' */
  readonly ingressNamespace?: string;
  /** Metrics collector namespaces allowed into the tenant namespace. @default ['monitoring'] */
  readonly monitoringNamespaces?: readonly string[];
}

/**
 * A tenant's home inside its cluster, in a second stack and state: `cdktf deploy tenant-<id> tenant-<id>-workloads`.
 *
 * A separate stack because the Kubernetes provider is configured from the cluster's endpoint, CA and a token,
 * and Terraform configures providers before it creates resources: a provider whose configuration depends on a
 * cluster created in the same apply sees unknown values on the first plan and stale ones after a replacement.
 * Here the cluster already exists when this stack plans, and the values arrive through remote state.
 */
export class WorkloadsStack extends ResolvedOnceStack {
  readonly tenant: ResolvedTenant;
  readonly workloads: TenantWorkloads;
  readonly access: WorkloadAccess;

  constructor(scope: Construct, props: WorkloadsStackProps) {
    const { tenant } = props;
    super(scope, workloadsStackName(tenant.spec.id));
    this.tenant = tenant;
    configureBackend(this, tenant.spec.backend, props.projectDir);
    this.addDependency(props.platformStack);

    const namespace = tenant.spec.id;
    const serviceAccount = DEFAULT_SERVICE_ACCOUNT;
    this.access = CLOUD_KITS[tenant.spec.cloud].workloadAccess.build({
      stack: this,
      tenant,
      tags: tenantTags(tenant),
      platform: props.platform,
      namespace,
      serviceAccount,
    });
    this.workloads = new TenantWorkloads(this, 'workloads', {
      tenantId: tenant.spec.id,
      cloud: tenant.spec.cloud,
      isolation: tenant.tier.isolation,
      sizing: tenant.sizing,
      namespace,
      serviceAccountName: serviceAccount,
      serviceAccountAnnotations: this.access.serviceAccountAnnotations,
      ingressNamespace: props.ingressNamespace,
      monitoringNamespaces: props.monitoringNamespaces,
      monitoringCidrs: this.access.monitoringCidrs,
      egressAllows: this.access.egressAllows,
    });

    new TerraformOutput(this, 'namespace', { value: this.workloads.namespace.name });
    new TerraformOutput(this, 'service_account', { value: serviceAccount });
    new TerraformOutput(this, 'workload_identity', { value: this.access.identity });
    new TerraformOutput(this, 'pod_labels', {
      value: this.access.podLabels,
      description: 'Labels the tenant pods must carry to receive the cloud identity',
    });
  }
}
