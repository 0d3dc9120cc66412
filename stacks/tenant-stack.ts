import { TerraformOutput, TerraformStack } from 'cdktf';
import { addCostValidation, writeCostReport } from '../lib/cost/synth';
import { addPolicyValidation } from '../lib/policy/synth';
import { Construct } from 'constructs';
import { SpecError } from '../lib/spec/errors';
import type { ResolvedTenant } from '../lib/spec/resolve';
import { configureBackend } from './backend';
import { stackOutdir } from './outdir';
import { CLOUD_BUILDERS, PlatformOutputs } from './clouds';
import { tenantTags } from './tags';

export interface TenantStackProps {
  /** The tenant, fitted to its tier (see `loadTenants` / `resolveTenant`). */
  readonly tenant: ResolvedTenant;
  /** Folder that relative local-state paths are resolved against. @default process.cwd() */
  readonly projectDir?: string;
}

/** Stack name of a tenant: `tenant-<id>`, so `cdktf deploy tenant-<id>` deploys one tenant. */
export function tenantStackName(tenantId: string): string {
  return `tenant-${tenantId}`;
}

/**
 * One tenant's dedicated (siloed) footprint in its own stack and state: provider with default tags, backend,
 * the cloud platform sized by the tier, and outputs for the cluster, database, cache and bucket.
 */
export class TenantStack extends TerraformStack {
  readonly tenant: ResolvedTenant;
  /** References to the platform's cluster, database, cache and bucket. */
  readonly outputs: PlatformOutputs;
  /** The cloud's platform construct (`AwsPlatform`, `AzurePlatform` or `GcpPlatform`). */
  readonly platform: Construct;

  constructor(scope: Construct, props: TenantStackProps) {
    const { tenant } = props;
    super(scope, tenantStackName(tenant.spec.id));
    this.tenant = tenant;
    const builder = CLOUD_BUILDERS[tenant.spec.cloud];
    if (!builder) {
      throw new SpecError(
        `tenant '${tenant.spec.id}'${tenant.file ? ` (${tenant.file})` : ''}: cloud '${tenant.spec.cloud}' is not built yet; use cloud: aws`,
      );
    }
    configureBackend(this, tenant.spec.backend, props.projectDir);
    const { spec } = tenant;
    const built = builder.build(this, { name: spec.id, cloud: spec.cloud, region: spec.region, sizing: tenant.sizing, tags: tenantTags(tenant) });
    this.outputs = built.outputs;
    this.platform = built.platform;
    // At synth: baseline and the tenant's compliance packs; an error-level finding fails the synth.
    addPolicyValidation(this, tenant);
    // At synth: estimate the stack, write cost.json/cost.md beside it, fail over the tier's budget.
    addCostValidation(this, tenant, {
      onReport: (report, check) => writeCostReport(stackOutdir(this), report, check),
    });

    new TerraformOutput(this, 'cluster_name', { value: this.outputs.clusterName });
    new TerraformOutput(this, 'cluster_endpoint', { value: this.outputs.clusterEndpoint });
    new TerraformOutput(this, 'database_endpoint', { value: this.outputs.databaseEndpoint });
    new TerraformOutput(this, 'cache_endpoint', { value: this.outputs.cacheEndpoint });
    new TerraformOutput(this, 'bucket_name', { value: this.outputs.bucketName });
  }
}
