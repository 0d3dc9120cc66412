import { TerraformOutput } from 'cdktf';
import { Construct } from 'constructs';
import { PlatformOutputs, platformAccess } from '../lib/cloud-kit/platform';
import { PlatformSettings, defaultPlatformSettings } from '../lib/model/platform-settings';
import type { BackendSpec } from '../lib/model/backend';
import { CLOUD_KITS } from '../lib/cloud-kit/registry';
import type { PoolHandle } from '../lib/cloud-kit/slice';
import { estimateCost } from '../lib/cost/estimate';
import type { CostReport } from '../lib/cost/model';
import { usageAssumptions } from '../lib/cost/usage';
import { addPolicyValidation, poolSubject } from '../lib/policy/synth';
import { PoolCostAllocation, allocatePoolCost } from '../lib/pool/cost';
import type { PoolPlacement } from '../lib/pool/placement';
import type { PoolSizing } from '../lib/pool/sizing';
import { POOL_TENANTS_OUTPUT, writeAllocation, writeBesideStack, writeCostReport } from '../lib/synth-layout';
import { configureBackend } from './backend';
import type { Extensions } from '../lib/plugin';
import { ResolvedOnceStack } from './private/resolved-once-stack';

export interface PoolStackProps {
  /** Which pooled tenants share the pool. */
  readonly placement: PoolPlacement;
  /** The pool's size, from `sizePool`. */
  readonly sizing: PoolSizing;
  /** Folder that relative local-state paths are resolved against. @default process.cwd() */
  readonly projectDir?: string;
  /** Your policy rules and packs, packs every stack runs, and prices (see `resolvePlugins`). @default - the built-in ones */
  readonly extensions?: Extensions;
  /**
   * The fleet's settings (tenants/_platform.yaml): the pools' backend, deployer, administrators, runner networks and
   * alert receivers. @default defaultPlatformSettings()
   */
  readonly settings?: PlatformSettings;
  /** The pool's address block from the fleet's address plan. @default - the network construct's default ranges */
  readonly addressBlock?: string;
}

/**
 * Shared infrastructure for the pooled (free, standard) tenants of one cloud and region: the same platform a
 * siloed tenant gets, sized for the sum of its tenants' quotas. Its state is kept where the fleet's settings say
 * (`pools.backend`), whichever tenants it holds. It answers to every framework any of its tenants claims, and its synthesized folder holds its cost
 * and the allocation of that cost to each tenant (`allocation.md`, `allocation.json`).
 */
export class PoolStack extends ResolvedOnceStack implements PoolHandle {
  readonly placement: PoolPlacement;
  readonly sizing: PoolSizing;
  readonly outputs: PlatformOutputs;
  /** The cloud's platform construct (`AwsPlatform`, `AzurePlatform` or `GcpPlatform`). */
  readonly platform: Construct;
  /** Where the pool keeps its state (its workloads stack keeps its own state there too). */
  readonly backend: BackendSpec;
  /** Tags (labels on GCP) of every resource of the pool. */
  readonly tags: Record<string, string>;
  private reportCache?: CostReport;
  private allocationCache?: PoolCostAllocation;
  private readonly extensions: Extensions;

  constructor(scope: Construct, props: PoolStackProps) {
    const { placement, sizing } = props;
    super(scope, placement.stackName);
    this.placement = placement;
    this.sizing = sizing;
    this.extensions = props.extensions ?? {};
    const settings = props.settings ?? defaultPlatformSettings();
    // The pool's own backend: following a member's would move the state when that member leaves or is reordered.
    this.backend = settings.pools.backend;
    this.tags = { pool: placement.stackName, isolation: 'pooled', 'managed-by': 'tenant-templates' };
    configureBackend(this, this.backend, props.projectDir);
    const built = CLOUD_KITS[placement.cloud].platform.build(this, {
      name: placement.resourceName,
      cloud: placement.cloud,
      region: placement.region,
      sizing: sizing.sizing,
      tags: this.tags,
      // The slices create their databases and roles on the pool's server.
      databaseAdministrator: true,
      access: platformAccess(settings),
      addressBlock: props.addressBlock,
      alertReceivers: settings.alerts.receivers,
    });
    this.outputs = built.outputs;
    this.platform = built.platform;

    addPolicyValidation(this, poolSubject(placement.stackName, placement.members), this.extensions);
    writeBesideStack(this, (dir) => {
      writeCostReport(dir, this.costReport());
      writeAllocation(dir, this.costAllocation());
    });

    new TerraformOutput(this, 'cluster_name', { value: this.outputs.clusterName });
    new TerraformOutput(this, POOL_TENANTS_OUTPUT, { value: placement.members.map((m) => m.spec.id) });
  }

  /** The pool's stack name. */
  get stackName(): string {
    return this.placement.stackName;
  }

  /** Prefix of the pool's cloud resource names. */
  get resourceName(): string {
    return this.placement.resourceName;
  }

  /** The pool's estimated monthly cost (computed once: the pool's folder and every slice's budget gate read it). */
  costReport(): CostReport {
    const logIngestionGb = this.placement.members.reduce((sum, m) => sum + m.tier.usage.logIngestionGb, 0);
    this.reportCache ??= estimateCost(this.toTerraform(), {
      name: this.placement.stackName,
      usage: usageAssumptions({ logIngestionGb }),
      catalogs: this.extensions.prices,
    });
    return this.reportCache;
  }

  /** The pool's cost split over its tenants by quota share (computed once). */
  costAllocation(): PoolCostAllocation {
    this.allocationCache ??= allocatePoolCost(this.placement.stackName, this.costReport(), this.sizing);
    return this.allocationCache;
  }
}
