import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { TerraformOutput, TerraformStack } from 'cdktf';
import { Construct } from 'constructs';
import { AwsPlatform } from '../lib/aws/platform';
import { SpecError } from '../lib/spec/errors';
import type { ResolvedTenant } from '../lib/spec/resolve';
import { configureBackend } from './backend';
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
  readonly platform: AwsPlatform;

  constructor(scope: Construct, props: TenantStackProps) {
    const { tenant } = props;
    super(scope, tenantStackName(tenant.spec.id));
    this.tenant = tenant;
    configureBackend(this, tenant.spec.backend, props.projectDir);

    if (tenant.spec.cloud !== 'aws') {
      throw new SpecError(
        `tenant '${tenant.spec.id}'${tenant.file ? ` (${tenant.file})` : ''}: cloud '${tenant.spec.cloud}' is not built yet; use cloud: aws`,
      );
    }
    new AwsProvider(this, 'aws', {
      region: tenant.spec.region,
      defaultTags: [{ tags: tenantTags(tenant) }],
    });
    const platform = new AwsPlatform(this, 'platform', { name: tenant.spec.id, sizing: tenant.sizing });
    this.platform = platform;

    new TerraformOutput(this, 'cluster_name', { value: platform.cluster.cluster.name });
    new TerraformOutput(this, 'cluster_endpoint', { value: platform.cluster.cluster.endpoint });
    new TerraformOutput(this, 'database_endpoint', { value: platform.database.instance.endpoint });
    new TerraformOutput(this, 'cache_endpoint', { value: platform.cache.replicationGroup.primaryEndpointAddress });
    new TerraformOutput(this, 'bucket_name', { value: platform.storage.bucket.bucket });
  }
}
