import { TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { estimateCost } from '../lib/cost/estimate';
import { writeCostReport } from '../lib/cost/synth';
import { tenantUsage } from '../lib/cost/usage';
import { DEFAULT_SERVICE_ACCOUNT } from '../lib/kubernetes/service-account';
import { TenantWorkloads } from '../lib/kubernetes/tenant-workloads';
import { addPolicyValidation } from '../lib/policy/synth';
import { checkPooledTenant } from '../lib/pool/cost';
import { SpecError } from '../lib/spec/errors';
import type { ResolvedTenant } from '../lib/spec/resolve';
import { configureBackend } from './backend';
import type { PoolStack } from './pool-stack';
import { SLICE_BUILDERS, SliceResources } from './slices';
import { tenantTags } from './tags';
import { stackOutdir } from './outdir';
import { tenantStackName } from './tenant-stack';
import { WORKLOAD_ACCESS, WorkloadAccess } from './workloads';

export interface TenantSliceStackProps {
  /** A pooled tenant, fitted to its tier. */
  readonly tenant: ResolvedTenant;
  /** The pool of the tenant's cloud and region; this stack depends on it. */
  readonly pool: PoolStack;
  /** Folder that relative local-state paths are resolved against. @default process.cwd() */
  readonly projectDir?: string;
}

/**
 * A pooled tenant's own stack, `tenant-<id>` (deploy it after its pool): only what is the tenant's own. In the
 * pool's cluster a namespace with Pod Security, quota and limits from the tier and default-deny network policies,
 * and a service account bound to a workload identity scoped to that namespace; on the pool's servers its own
 * database and login role and its own cache user; its own bucket that only its identity can use. Its cost is
 * its own resources plus its quota share of the pool, checked against its tier's budget.
 */
export class TenantSliceStack extends TerraformStack {
  readonly tenant: ResolvedTenant;
  readonly pool: PoolStack;
  readonly resources: SliceResources;
  readonly access: WorkloadAccess;
  readonly workloads: TenantWorkloads;

  constructor(scope: Construct, props: TenantSliceStackProps) {
    const { tenant, pool } = props;
    super(scope, tenantStackName(tenant.spec.id));
    this.tenant = tenant;
    this.pool = pool;
    const slices = SLICE_BUILDERS[tenant.spec.cloud];
    if (!slices) {
      throw new SpecError(
        `tenant '${tenant.spec.id}' (${tenant.file ?? 'inline'}): pooled tenancy is not built for cloud '${tenant.spec.cloud}' yet; use a siloed tier (premium and up) there`,
      );
    }
    configureBackend(this, tenant.spec.backend, props.projectDir);
    this.addDependency(pool);
    const tags = tenantTags(tenant);
    const namespace = tenant.spec.id;

    this.resources = slices.build({ stack: this, tenant, pool, tags });
    this.access = WORKLOAD_ACCESS[tenant.spec.cloud].build({
      stack: this,
      tenant,
      tags,
      platform: { ...pool.outputs, bucketName: this.resources.bucketName },
      namespace,
      serviceAccount: DEFAULT_SERVICE_ACCOUNT,
      platformName: pool.placement.resourceName,
    });
    this.resources.grant(this.access);
    this.workloads = new TenantWorkloads(this, 'workloads', {
      tenantId: tenant.spec.id,
      cloud: tenant.spec.cloud,
      isolation: 'pooled',
      sizing: tenant.sizing,
      namespace,
      serviceAccountName: DEFAULT_SERVICE_ACCOUNT,
      serviceAccountAnnotations: this.access.serviceAccountAnnotations,
      monitoringCidrs: this.access.monitoringCidrs,
      egressAllows: this.access.egressAllows,
    });

    addPolicyValidation(this, tenant);
    this.node.addValidation({
      validate: () => {
        const own = estimateCost(this.toTerraform(), { name: tenant.spec.id, usage: tenantUsage(tenant) });
        const { report, check } = checkPooledTenant(own, pool.costAllocation(), tenant);
        writeCostReport(stackOutdir(this), report, check);
        if (check.status === 'warn') console.warn(check.message);
        return check.status === 'over' ? [check.message] : [];
      },
    });

    new TerraformOutput(this, 'pool', { value: pool.node.id });
    new TerraformOutput(this, 'namespace', { value: this.workloads.namespace.name });
    new TerraformOutput(this, 'bucket_name', { value: this.resources.bucketName });
    new TerraformOutput(this, 'database_name', { value: this.resources.databaseName });
    new TerraformOutput(this, 'workload_identity', { value: this.access.identity });
    new TerraformOutput(this, 'pod_labels', {
      value: this.access.podLabels,
      description: 'Labels the tenant pods must carry to receive the cloud identity',
    });
  }
}
