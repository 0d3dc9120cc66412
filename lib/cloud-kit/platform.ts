import type { TerraformStack } from 'cdktf';
import type { Construct } from 'constructs';
import type { AlertReceiver } from '../model/alerts';
import type { Cloud } from '../model/enums';
import type { AdminSettings, DeployerSettings, PlatformSettings, RunnerSettings } from '../model/platform-settings';
import type { TenantSizing } from '../model/resolve';

/**
 * What every cloud's platform hands to the stack (outputs) and to dependent stacks (the workloads stack reaches
 * the cluster through these). Values are Terraform references.
 */
export interface PlatformOutputs {
  readonly clusterName: string;
  /** HTTPS endpoint of the Kubernetes API. */
  readonly clusterEndpoint: string;
  /** Base64-encoded PEM of the cluster CA. */
  readonly clusterCaCertificate: string;
  /** Host name of the PostgreSQL server. */
  readonly databaseEndpoint: string;
  /** Host name of the Redis primary. */
  readonly cacheEndpoint: string;
  /** Bucket, or storage account/container, name. */
  readonly bucketName: string;
  /**
   * Where an out-of-cluster metrics collector connects from (AWS: the managed Prometheus scraper's own subnets), for
   * the NetworkPolicies that admit it, and those subnets. @default - no out-of-cluster collector
   */
  readonly metricsSources?: { readonly cidrs: readonly string[]; readonly subnetIds: readonly string[] };
  /**
   * Where the platform's alerts go, for workload alerts evaluated outside the cluster (GCP: the Cloud Monitoring
   * notification channel ids of the platform's receivers). @default - none
   */
  readonly alertChannels?: readonly string[];
}

/** What a platform is built for: a siloed tenant, or a pool of tenants with summed sizes. */
export interface PlatformTarget {
  /** Prefix of every resource name: a tenant id, or a pool's resource name. */
  readonly name: string;
  readonly cloud: Cloud;
  readonly region: string;
  readonly sizing: TenantSizing;
  /** Tags (labels on GCP) for every resource. */
  readonly tags: Record<string, string>;
  /**
   * Automation signs in to the PostgreSQL server to run SQL (a pool's slices create their databases and roles
   * there). GCP then adds a built-in administrator with a generated password in Secret Manager; AWS has the RDS
   * master user and Azure the Entra administrator anyway.
   * @default false
   */
  readonly databaseAdministrator?: boolean;
  /** Who deploys and administers the platform, and from where. @default - nobody named: the caller's identity, no runner network */
  readonly access?: PlatformAccess;
  /** The platform's address block, from the fleet's address plan (`allocateFleetAddressBlocks`). @default - the first block of the cloud's default plan */
  readonly addressBlock?: string;
  /** Who hears the platform's alerts: the fleet's receivers, and a siloed tenant's own. @default [] */
  readonly alertReceivers?: readonly AlertReceiver[];
}

/** The fleet's deployer, administrators and runner networks (tenants/_platform.yaml), as a platform or slice needs them. */
export interface PlatformAccess {
  readonly deployer: DeployerSettings;
  readonly admins: AdminSettings;
  readonly runners: RunnerSettings;
}

/** A built platform: its outputs, and the platform construct itself for cloud-specific wiring (pool slices). */
export interface BuiltPlatform {
  readonly outputs: PlatformOutputs;
  readonly platform: Construct;
}

/** Builds one cloud's provider and platform into a stack. */
export interface PlatformBuilder {
  build(stack: TerraformStack, target: PlatformTarget): BuiltPlatform;
}

/** The deployer, administrators and runner networks of a fleet's settings. */
export function platformAccess(settings: PlatformSettings): PlatformAccess {
  return { deployer: settings.deployer, admins: settings.admins, runners: settings.runners };
}
