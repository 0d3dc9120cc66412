import { Fleet, loadFleet } from '../../lib/fleet';
import { tiers } from '../../tiers';

/**
 * The fleet a command works on: the tenants folder, its `_platform.yaml` and plugins, over the built-in tiers.
 * @param warn receives warnings about the tenant files (skipped files, lapsed suppressions). @default console.warn
 */
export function fleetOf(tenantsDir: string, warn?: (message: string) => void): Fleet {
  return loadFleet({ tenantsDir, tiers, warn });
}
