/**
 * tenant-templates: tier-sized, secure-by-default tenant infrastructure on CDK for Terraform.
 *
 * The package entry: the tenant and tier model, the built-in tiers, the stacks and the app builder. Bigger areas
 * have their own entry points: `tenant-templates/aws`, `/azure`, `/gcp` (constructs and cloud kits),
 * `/kubernetes`, `/policy`, `/cost`, `/terraform-json`, `/review`, `/recommend`.
 */

// The tenant and tier model.
export { CLOUDS, FRAMEWORKS, SECURITY_LEVELS, ISOLATION_MODELS, DATABASE_CLASSES, CACHE_CLASSES } from '../lib/model/enums';
export type { Cloud, Framework, SecurityLevel, Isolation, DatabaseClass, CacheClass } from '../lib/model/enums';
export { TierSchema, defineTier, LOG_RETENTION_DAYS, MAX_BACKUP_RETENTION_DAYS } from '../lib/model/tier';
export type { Tier, TierInput, NodePool } from '../lib/model/tier';
export { TenantSchema, TenantIdSchema, OverridesSchema, SuppressionSchema } from '../lib/model/tenant';
export type { TenantSpec, TenantInput, Overrides, Suppression } from '../lib/model/tenant';
export { BackendSchema } from '../lib/model/backend';
export type { BackendSpec } from '../lib/model/backend';
export { REGIONS, EU_REGIONS, isKnownRegion } from '../lib/model/regions';
export { securityControls } from '../lib/model/security';
export type { SecurityControls } from '../lib/model/security';
export { FRAMEWORK_LOG_RETENTION } from '../lib/model/frameworks';
export { resolveTenant } from '../lib/model/resolve';
export type { ResolvedTenant, ResolveResult, TenantIssue, TenantSizing } from '../lib/model/resolve';
export { loadTenants, parseTenantFile, parseTenantList } from '../lib/model/load';
export type { LoadTenantsOptions, ParsedTenantFile } from '../lib/model/load';
export { SpecError, SpecErrors } from '../lib/model/errors';
export { tenantJsonSchema } from '../lib/model/json-schema';

// The built-in tiers.
export { tiers, free, standard, premium, enterprise, enterprisePlus, whiteLabel } from '../tiers';

// Stacks and the app.
export { TenantStack } from '../stacks/tenant-stack';
export type { TenantStackProps } from '../stacks/tenant-stack';
export { WorkloadsStack } from '../stacks/workloads-stack';
export type { WorkloadsStackProps } from '../stacks/workloads-stack';
export { PoolStack } from '../stacks/pool-stack';
export type { PoolStackProps } from '../stacks/pool-stack';
export { TenantSliceStack } from '../stacks/tenant-slice-stack';
export type { TenantSliceStackProps } from '../stacks/tenant-slice-stack';
export { buildApp } from '../stacks/app';
export type { BuildAppOptions, TenantApp } from '../stacks/app';
export { SYNTH_EXIT, synthTenants } from '../stacks/synth';
export type { SynthOptions } from '../stacks/synth';
export { validateTenants } from '../stacks/validate';
export type { ValidationSummary } from '../stacks/validate';
export { configureBackend } from '../stacks/backend';
export { tenantTags } from '../stacks/tags';

// The synth folder: stack names and files.
export {
  DEFAULT_OUTDIR,
  STACKS_FOLDER,
  STACK_FILE,
  COST_FILES,
  ALLOCATION_FILES,
  SYNTH_MARKER_FILE,
  isSynthOutput,
  tenantStackName,
  workloadsStackName,
  poolStackName,
  stackIdentity,
  stackFile,
  synthStackFiles,
  SynthFolderError,
} from '../lib/synth-layout';
export type { StackIdentity, StackKind } from '../lib/synth-layout';

// Pools: placement and sizing.
export { DEFAULT_POOL_MAX_TENANTS, placePooledTenants } from '../lib/pool/placement';
export type { PoolPlacement } from '../lib/pool/placement';
export { DEFAULT_POOL_HEADROOM_PERCENT, POOL_NODE, sizePool } from '../lib/pool/sizing';
export type { PoolSizing, PoolAllocation, PoolSizingOptions } from '../lib/pool/sizing';

// Cloud kits: what each cloud contributes to the stacks.
export { CLOUD_KITS } from '../lib/cloud-kit/registry';
export type { CloudKit } from '../lib/cloud-kit/kit';
export { platformAccess } from '../lib/cloud-kit/platform';
export type { PlatformAccess, PlatformBuilder, PlatformOutputs, PlatformTarget, BuiltPlatform } from '../lib/cloud-kit/platform';
export type { PoolHandle, SliceBuilder, SliceContext, SliceResources } from '../lib/cloud-kit/slice';
export type { WorkloadAccess, WorkloadAccessBuilder, WorkloadAccessContext } from '../lib/cloud-kit/workload-access';

// Extension points: tiers, policy rules and packs, and prices of your own, and the fleet settings that list them.
export { definePlugin, resolvePlugins, loadPluginModules, PluginError } from '../lib/plugin';
export type { TenantTemplatesPlugin, Extensions, ResolvedPlugins } from '../lib/plugin';
export { loadFleet } from '../lib/fleet';
export type { Fleet, LoadFleetOptions } from '../lib/fleet';
export { PLATFORM_SETTINGS_FILE, PlatformSettingsSchema, defaultPlatformSettings, loadPlatformSettings } from '../lib/model/platform-settings';
export type { AdminSettings, DeployerSettings, PlatformSettings, PlatformSettingsInput, RunnerSettings } from '../lib/model/platform-settings';
export { AlertReceiverSchema } from '../lib/model/alerts';
export type { AlertReceiver } from '../lib/model/alerts';

// Address plans: each siloed tenant's and pool's network block, sticky across synths.
export { AddressPlanSchema, DEFAULT_ADDRESS_PLANS, allocateAddressBlocks, poolAddressOwner, tenantAddressOwner } from '../lib/model/address-plan';
export type { AddressAllocations, AddressPlan } from '../lib/model/address-plan';
export { allocateFleetAddressBlocks } from '../lib/model/fleet-addresses';
export { checkFleetSettings } from '../lib/model/fleet-requirements';
