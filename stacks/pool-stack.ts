import * as fs from 'fs';
import * as path from 'path';
import { TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { estimateCost } from '../lib/cost/estimate';
import type { CostReport } from '../lib/cost/model';
import { writeCostReport } from '../lib/cost/synth';
import { usageAssumptions } from '../lib/cost/usage';
import { addPolicyValidation, poolSubject } from '../lib/policy/synth';
import { PoolCostAllocation, allocatePoolCost, renderAllocationMarkdown } from '../lib/pool/cost';
import type { PoolPlacement } from '../lib/pool/placement';
import type { PoolSizing } from '../lib/pool/sizing';
import { SpecError } from '../lib/spec/errors';
import { configureBackend } from './backend';
import { CLOUD_BUILDERS, PlatformOutputs } from './clouds';
import { stackOutdir } from './outdir';

export interface PoolStackProps {
  /** Which pooled tenants share the pool. */
  readonly placement: PoolPlacement;
  /** The pool's size, from `sizePool`. */
  readonly sizing: PoolSizing;
  /** Folder that relative local-state paths are resolved against. @default process.cwd() */
  readonly projectDir?: string;
}

/**
 * Shared infrastructure for the pooled (free, standard) tenants of one cloud and region: the same platform a
 * siloed tenant gets, sized for the sum of its tenants' quotas. Its state follows the backend of its first
 * tenant. It answers to every framework any of its tenants claims, and its synthesized folder holds its cost
 * and the allocation of that cost to each tenant (`allocation.md`, `allocation.json`).
 */
export class PoolStack extends TerraformStack {
  readonly placement: PoolPlacement;
  readonly sizing: PoolSizing;
  readonly outputs: PlatformOutputs;
  /** The cloud's platform construct (`AwsPlatform`, `AzurePlatform` or `GcpPlatform`). */
  readonly platform: Construct;
  private reportCache?: CostReport;
  private allocationCache?: PoolCostAllocation;

  constructor(scope: Construct, props: PoolStackProps) {
    const { placement, sizing } = props;
    super(scope, placement.stackName);
    this.placement = placement;
    this.sizing = sizing;
    const builder = CLOUD_BUILDERS[placement.cloud];
    if (!builder) throw new SpecError(`pool '${placement.stackName}': cloud '${placement.cloud}' has no platform builder`);
    const [first] = placement.members;
    configureBackend(this, first.spec.backend, props.projectDir);
    const built = builder.build(this, {
      name: placement.resourceName,
      cloud: placement.cloud,
      region: placement.region,
      sizing: sizing.sizing,
      tags: { pool: placement.stackName, isolation: 'pooled', 'managed-by': 'tenant-templates' },
      // The slices create their databases and roles on the pool's server.
      databaseAdministrator: true,
    });
    this.outputs = built.outputs;
    this.platform = built.platform;

    addPolicyValidation(this, poolSubject(placement.stackName, placement.members));
    this.node.addValidation({
      validate: () => {
        const dir = stackOutdir(this);
        const allocation = this.costAllocation();
        writeCostReport(dir, this.costReport());
        fs.writeFileSync(path.join(dir, 'allocation.json'), `${JSON.stringify(allocation, null, 2)}\n`);
        fs.writeFileSync(path.join(dir, 'allocation.md'), renderAllocationMarkdown(allocation));
        return [];
      },
    });

    new TerraformOutput(this, 'cluster_name', { value: this.outputs.clusterName });
    new TerraformOutput(this, 'tenants', { value: placement.members.map((m) => m.spec.id) });
  }

  /** The pool's estimated monthly cost (computed once: the pool's validation and every slice's read it). */
  costReport(): CostReport {
    const logIngestionGb = this.placement.members.reduce((sum, m) => sum + m.tier.usage.logIngestionGb, 0);
    this.reportCache ??= estimateCost(this.toTerraform(), { name: this.placement.stackName, usage: usageAssumptions({ logIngestionGb }) });
    return this.reportCache;
  }

  /** The pool's cost split over its tenants by quota share (computed once). */
  costAllocation(): PoolCostAllocation {
    this.allocationCache ??= allocatePoolCost(this.placement.stackName, this.costReport(), this.sizing);
    return this.allocationCache;
  }
}
