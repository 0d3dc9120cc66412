import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { platformAccess } from '../lib/cloud-kit/platform';
import { CLOUD_KITS } from '../lib/cloud-kit/registry';
import type { SliceResources } from '../lib/cloud-kit/slice';
import type { WorkloadAccess } from '../lib/cloud-kit/workload-access';
import { TenantCost, addBudgetGate, estimateTenantCost } from '../lib/cost/budget-gate';
import { DEFAULT_SERVICE_ACCOUNT } from '../lib/kubernetes/service-account';
import { TenantWorkloads } from '../lib/kubernetes/tenant-workloads';
import { distinctReceivers } from '../lib/model/alerts';
import { PlatformSettings, defaultPlatformSettings } from '../lib/model/platform-settings';
import type { ResolvedTenant } from '../lib/model/resolve';
import { addPolicyValidation } from '../lib/policy/synth';
import { tenantStackName, writeBesideStack, writeCostReport } from '../lib/synth-layout';
import { configureBackend } from './backend';
import type { PoolStack } from './pool-stack';
import { tenantTags } from './tags';
import type { Extensions } from '../lib/plugin';
import { ResolvedOnceStack } from './private/resolved-once-stack';

export interface TenantSliceStackProps {
  /** A pooled tenant, fitted to its tier. */
  readonly tenant: ResolvedTenant;
  /** The pool of the tenant's cloud and region; this stack depends on it. */
  readonly pool: PoolStack;
  /** Folder that relative local-state paths are resolved against. @default process.cwd() */
  readonly projectDir?: string;
  /** Your policy rules and packs, packs every stack runs, and prices (see `resolvePlugins`). @default - the built-in ones */
  readonly extensions?: Extensions;
  /** The fleet's settings (tenants/_platform.yaml): deployer, administrators, runner networks, alert receivers. @default defaultPlatformSettings() */
  readonly settings?: PlatformSettings;
  /** Receives the budget gate's warning when the estimate passes the tier's warning threshold. @default console.warn */
  readonly warn?: (message: string) => void;
}

/**
 * A pooled tenant's own stack, `tenant-<id>` (deploy it after its pool): only what is the tenant's own. In the
 * pool's cluster a namespace with Pod Security, quota and limits from the tier and default-deny network policies,
 * and a service account bound to a workload identity scoped to that namespace; on the pool's servers its own
 * database and login role and its own cache user; its own bucket that only its identity can use. Its cost is
 * its own resources plus its quota share of the pool, checked against its tier's budget.
 */
export class TenantSliceStack extends ResolvedOnceStack {
  readonly tenant: ResolvedTenant;
  readonly pool: PoolStack;
  readonly resources: SliceResources;
  readonly access: WorkloadAccess;
  readonly workloads: TenantWorkloads;
  private cost?: TenantCost;

  constructor(scope: Construct, props: TenantSliceStackProps) {
    const { tenant, pool } = props;
    super(scope, tenantStackName(tenant.spec.id));
    this.tenant = tenant;
    this.pool = pool;
    const kit = CLOUD_KITS[tenant.spec.cloud];
    configureBackend(this, tenant.spec.backend, props.projectDir);
    this.addDependency(pool);
    const tags = tenantTags(tenant);
    const namespace = tenant.spec.id;

    const settings = props.settings ?? defaultPlatformSettings();
    const alertReceivers = distinctReceivers([...settings.alerts.receivers, ...tenant.spec.alerts.receivers]);
    this.resources = kit.slice.build({ stack: this, tenant, pool, tags, access: platformAccess(settings), alertReceivers });
    this.access = kit.workloadAccess.build({
      stack: this,
      tenant,
      tags,
      platform: { ...pool.outputs, bucketName: this.resources.bucketName },
      namespace,
      serviceAccount: DEFAULT_SERVICE_ACCOUNT,
      platformName: pool.placement.resourceName,
      sharedCollector: true,
      alertReceivers,
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

    const extensions = props.extensions ?? {};
    addPolicyValidation(this, tenant, extensions);
    // At synth: the budget gate, with the tenant's share of its pool; cost.json/cost.md are written beside the stack.
    const allocation = () => pool.costAllocation();
    addBudgetGate(this, tenant, { allocation, catalogs: extensions.prices, warn: props.warn, onReport: (cost) => (this.cost = cost) });
    writeBesideStack(this, (dir) => {
      const { report, check } = this.cost ?? estimateTenantCost(this.toTerraform(), tenant, { allocation: allocation(), catalogs: extensions.prices });
      writeCostReport(dir, report, check);
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
