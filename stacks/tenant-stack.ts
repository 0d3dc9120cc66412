import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { PlatformOutputs, platformAccess } from '../lib/cloud-kit/platform';
import { CLOUD_KITS } from '../lib/cloud-kit/registry';
import { TenantCost, addBudgetGate, estimateTenantCost } from '../lib/cost/budget-gate';
import { distinctReceivers } from '../lib/model/alerts';
import { PlatformSettings, defaultPlatformSettings } from '../lib/model/platform-settings';
import type { ResolvedTenant } from '../lib/model/resolve';
import { addPolicyValidation } from '../lib/policy/synth';
import { tenantStackName, writeBesideStack, writeCostReport } from '../lib/synth-layout';
import { configureBackend } from './backend';
import { tenantTags } from './tags';
import type { Extensions } from '../lib/plugin';
import { ResolvedOnceStack } from './private/resolved-once-stack';

export interface TenantStackProps {
  /** The tenant, fitted to its tier (see `loadTenants` / `resolveTenant`). */
  readonly tenant: ResolvedTenant;
  /** Folder that relative local-state paths are resolved against. @default process.cwd() */
  readonly projectDir?: string;
  /** Your policy rules and packs, packs every stack runs, and prices (see `resolvePlugins`). @default - the built-in ones */
  readonly extensions?: Extensions;
  /** The fleet's settings (tenants/_platform.yaml): deployer, administrators, runner networks, alert receivers. @default defaultPlatformSettings() */
  readonly settings?: PlatformSettings;
  /** The tenant's address block from the fleet's address plan (see `allocateFleetAddressBlocks`). @default - the first block of the cloud's default plan */
  readonly addressBlock?: string;
  /** Receives the budget gate's warning when the estimate passes the tier's warning threshold. @default console.warn */
  readonly warn?: (message: string) => void;
}

/**
 * One tenant's dedicated (siloed) footprint in its own stack and state: provider with default tags, backend,
 * the cloud platform sized by the tier, and outputs for the cluster, database, cache and bucket.
 */
export class TenantStack extends ResolvedOnceStack {
  readonly tenant: ResolvedTenant;
  /** References to the platform's cluster, database, cache and bucket. */
  readonly outputs: PlatformOutputs;
  /** The cloud's platform construct (`AwsPlatform`, `AzurePlatform` or `GcpPlatform`). */
  readonly platform: Construct;
  private cost?: TenantCost;

  constructor(scope: Construct, props: TenantStackProps) {
    const { tenant } = props;
    super(scope, tenantStackName(tenant.spec.id));
    this.tenant = tenant;
    configureBackend(this, tenant.spec.backend, props.projectDir);
    const { spec } = tenant;
    const settings = props.settings ?? defaultPlatformSettings();
    const built = CLOUD_KITS[spec.cloud].platform.build(this, {
      name: spec.id,
      cloud: spec.cloud,
      region: spec.region,
      sizing: tenant.sizing,
      tags: tenantTags(tenant),
      access: platformAccess(settings),
      addressBlock: props.addressBlock,
      alertReceivers: distinctReceivers([...settings.alerts.receivers, ...spec.alerts.receivers]),
    });
    this.outputs = built.outputs;
    this.platform = built.platform;
    // At synth: baseline and the tenant's compliance packs; an error-level finding fails the synth.
    const extensions = props.extensions ?? {};
    addPolicyValidation(this, tenant, extensions);
    // At synth: the budget gate fails the synth over the tier's budget; cost.json/cost.md are written beside the stack.
    addBudgetGate(this, tenant, { catalogs: extensions.prices, warn: props.warn, onReport: (cost) => (this.cost = cost) });
    writeBesideStack(this, (dir) => {
      const { report, check } = this.cost ?? estimateTenantCost(this.toTerraform(), tenant, { catalogs: extensions.prices });
      writeCostReport(dir, report, check);
    });

    new TerraformOutput(this, 'cluster_name', { value: this.outputs.clusterName });
    new TerraformOutput(this, 'cluster_endpoint', { value: this.outputs.clusterEndpoint });
    new TerraformOutput(this, 'database_endpoint', { value: this.outputs.databaseEndpoint });
    new TerraformOutput(this, 'cache_endpoint', { value: this.outputs.cacheEndpoint });
    new TerraformOutput(this, 'bucket_name', { value: this.outputs.bucketName });
  }
}
