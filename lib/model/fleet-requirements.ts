import type { Cloud } from './enums';
import { SpecError, SpecErrors } from './errors';
import type { PlatformSettings } from './platform-settings';
import type { ResolvedTenant } from './resolve';

/** A pool as the requirements see it: its stack, cloud and members. */
export interface PoolRequirementsSubject {
  readonly stackName: string;
  readonly cloud: Cloud;
  readonly members: readonly ResolvedTenant[];
}

export interface CheckFleetSettingsOptions {
  /** The tenants being built. */
  readonly tenants: readonly ResolvedTenant[];
  /** The pools being built. */
  readonly pools: readonly PoolRequirementsSubject[];
  /** The settings file, for messages. */
  readonly settingsFile: string;
}

/**
 * Settings that have no sensible default for some stacks: each stack that cannot apply without one is named, with
 * the setting to add. Pools sign in to their PostgreSQL servers as the deployer (Azure: it becomes the Entra
 * administrator; GCP: it impersonates the pool's database provisioner), and an Azure Key Vault with public access
 * off is reachable for its keys only through a runner network (a peered VNet) or the runner's public addresses.
 * @throws SpecErrors listing every missing setting.
 */
export function checkFleetSettings(settings: PlatformSettings, options: CheckFleetSettingsOptions): void {
  const where = `platform settings (${options.settingsFile})`;
  const errors: SpecError[] = [];
  const pools = (cloud: Cloud) => options.pools.filter((p) => p.cloud === cloud).map((p) => `'${p.stackName}'`);

  const azurePools = pools('azure');
  if (azurePools.length > 0 && !settings.deployer.azure) {
    errors.push(
      new SpecError(
        `${where}: deployer.azure is required by pool ${azurePools.join(', ')}: the deployer becomes its PostgreSQL server's Entra administrator, which the slices sign in as; set deployer.azure.objectId, name and type`,
      ),
    );
  }
  const gcpPools = pools('gcp');
  if (gcpPools.length > 0 && !settings.deployer.gcp) {
    errors.push(
      new SpecError(
        `${where}: deployer.gcp is required by pool ${gcpPools.join(', ')}: the deployer impersonates the pool's database provisioner to create the slices' databases; set deployer.gcp.serviceAccount`,
      ),
    );
  }

  const runnerReachesVaults = settings.runners.publicIps.length > 0 || settings.runners.azure !== undefined;
  if (!runnerReachesVaults) {
    const vaultOwners = [
      ...options.tenants.filter((t) => t.spec.cloud === 'azure' && t.tier.isolation === 'siloed' && t.sizing.security.customerManagedKeys).map((t) => `tenant '${t.spec.id}'`),
      ...options.pools.filter((p) => p.cloud === 'azure' && p.members.some((m) => m.sizing.security.customerManagedKeys)).map((p) => `pool '${p.stackName}'`),
    ];
    if (vaultOwners.length > 0) {
      errors.push(
        new SpecError(
          `${where}: ${vaultOwners.join(', ')}: customer-managed keys are kept in a Key Vault with public access off, which Terraform reaches only from a peered runner network or a listed public address; set runners.azure (virtualNetworkId, privateDnsZoneIds) or runners.publicIps`,
        ),
      );
    }
  }
  if (errors.length > 0) throw new SpecErrors(errors);
}
