import { Fleet, loadFleet } from '../../lib/fleet';
import { tiers } from '../../tiers';

/** The fleet a command works on: the tenants folder, its `_platform.yaml` and plugins, over the built-in tiers. */
export function fleetOf(tenantsDir: string): Fleet {
  return loadFleet({ tenantsDir, tiers });
}
