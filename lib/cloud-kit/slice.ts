import type { TerraformStack } from 'cdktf';
import type { Construct } from 'constructs';
import type { ResolvedTenant } from '../model/resolve';
import type { AlertReceiver } from '../model/alerts';
import type { PlatformAccess, PlatformOutputs } from './platform';
import type { WorkloadAccess } from './workload-access';

/** What a slice needs of its pool: names, the pool's platform construct and its outputs (cross-stack references). */
export interface PoolHandle {
  /** The pool's stack name, for messages and outputs. */
  readonly stackName: string;
  /** Prefix of the pool's cloud resource names. */
  readonly resourceName: string;
  /** The cloud's platform construct in the pool's stack (`AwsPlatform`, `AzurePlatform` or `GcpPlatform`). */
  readonly platform: Construct;
  readonly outputs: PlatformOutputs;
}

/** What a cloud's slice builder is given. */
export interface SliceContext {
  readonly stack: TerraformStack;
  readonly tenant: ResolvedTenant;
  /** The pool the tenant lives in. */
  readonly pool: PoolHandle;
  /** Tags for the tenant's own cloud resources. */
  readonly tags: Record<string, string>;
  /** The fleet's deployer, administrators and runner networks. @default - nobody named: the caller's identity */
  readonly access?: PlatformAccess;
  /** Who hears the tenant's own alerts: the tenant's receivers and the fleet's. @default [] */
  readonly alertReceivers?: readonly AlertReceiver[];
}

/** The tenant's own resources in a pool: built before the workload identity exists, granted to it after. */
export interface SliceResources {
  /** The tenant's own bucket (or `account/container` on Azure). */
  readonly bucketName: string;
  /** The tenant's database on the pool's server. */
  readonly databaseName: string;
  /** Grants the tenant's workload identity its access to the slice's database, cache and storage. */
  grant(access: WorkloadAccess): void;
}

/** Builds a pooled tenant's own resources on one cloud. */
export interface SliceBuilder {
  build(context: SliceContext): SliceResources;
}
