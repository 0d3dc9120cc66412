import { displayPath } from '../lib/model/yaml-file';
import { Fleet, loadFleet } from '../lib/fleet';
import { poolAddressOwner, tenantAddressOwner } from '../lib/model/address-plan';
import type { Cloud } from '../lib/model/enums';
import { SpecError } from '../lib/model/errors';
import { allocateFleetAddressBlocks } from '../lib/model/fleet-addresses';
import { checkFleetSettings } from '../lib/model/fleet-requirements';
import { platformSettingsFile } from '../lib/model/platform-settings';
import { EMPTY_FLEET_LOCK, FleetLock, describeLockChanges, fleetLockFile, readFleetLock, sameFleetLock } from '../lib/model/fleet-lock';
import type { ResolvedTenant } from '../lib/model/resolve';
import { PlacementResult, placePooledTenants } from '../lib/pool/placement';
import { tiers as builtInTiers } from '../tiers';
import type { BuildAppOptions } from './app';

/** A fleet read and placed: what `buildStacks` turns into stacks. */
export interface FleetPlan {
  readonly fleet: Fleet;
  /** The tenants whose stacks are built (every tenant, or the selected ones). */
  readonly selected: readonly ResolvedTenant[];
  /** The pools (of the selected pooled tenants when `only`). */
  readonly placement: PlacementResult;
  /** The fleet's lock after this synth: every pool's tenants and every address block. */
  readonly lock: FleetLock;
  /** Spare pool capacity above the sum of quotas, percent. */
  readonly headroomPercent?: number;
  /** The ids asked for, when only some tenants are built. */
  readonly only?: readonly string[];
  /** The lock differs from the one the fleet had (or it had none). */
  readonly lockChanged: boolean;
  /** What changed in the lock, one line each. */
  readonly lockChanges: readonly string[];
  /** Address blocks by owner (`tenant/<id>`, `pool/<stack>`): the previous ones and those handed out now. */
  readonly addressAllocations: Record<string, string>;
  /** Receives warnings (BuildAppOptions.warn). @default console.warn */
  readonly warn?: (message: string) => void;
}

/**
 * Reads a fleet (settings, plugins, tenant files) and places its pooled tenants. Every tenant file is validated
 * before any stack is built, so a mistake fails the whole synth with every error listed and nothing written.
 * @throws SpecErrors for bad input, SpecError for a pool over its limits or a stale lock with `frozen`,
 *   PluginError for a plugin that cannot be applied.
 */
export function planFleet(options: BuildAppOptions = {}): FleetPlan {
  const dir = options.tenantsDir ?? 'tenants';
  const fleet = loadFleet({ tenantsDir: dir, tiers: options.tiers ?? builtInTiers, plugins: options.plugins, warn: options.warn });
  const { settings } = fleet;
  const only = options.only?.length ? options.only : undefined;
  const previous = options.fleetLock ?? readFleetLock(dir);
  const selected = only ? fleet.tenantsById(only) : fleet.tenants();
  const pooled = selected.filter((t) => t.tier.isolation === 'pooled');

  // A pool is sized from all its tenants, selected or not: a synth of some tenants reads the other tenants of their
  // pools (from the lock file, or from the whole folder before there is one).
  // When the lock already places every selected pooled tenant in its own cloud and region, only their pools are
  // read and placed; otherwise the whole of their regions, so newcomers can be placed.
  const regions = only ? new Set(pooled.map((t) => `${t.spec.cloud}/${t.spec.region}`)) : undefined;
  const lockedPool = (t: ResolvedTenant) =>
    previous && Object.entries(previous.pools).find(([, p]) => p.cloud === t.spec.cloud && p.region === t.spec.region && p.tenants.includes(t.spec.id))?.[0];
  const pools = only && previous && pooled.every((t) => lockedPool(t)) ? new Set(pooled.map((t) => lockedPool(t)!)) : undefined;
  let candidates = selected;
  if (only && pooled.length > 0) {
    const members = previous
      ? Object.entries(previous.pools)
          .filter(([name, p]) => (pools ? pools.has(name) : regions!.has(`${p.cloud}/${p.region}`)))
          .flatMap(([, p]) => p.tenants)
          .filter((id) => !only.includes(id))
      : undefined;
    const others = members ? fleet.tenantsById(members, true) : fleet.tenants().filter((t) => !only.includes(t.spec.id));
    candidates = [...selected, ...others];
  }
  const headroomPercent = options.poolHeadroomPercent ?? settings.pools.headroomPercent;
  const limits = {
    ...definedOnly({ maxTenants: settings.pools.maxTenants, maxNodes: settings.pools.maxNodes, maxDatabaseStorageGb: settings.pools.maxDatabaseStorageGb }),
    ...definedOnly({ maxTenants: options.poolMaxTenants }),
  };
  const placed = placePooledTenants(candidates, { previous, regions, pools, headroomPercent, limits });
  const builtPools = placed.pools.filter((p) => !only || p.members.some((m) => selected.includes(m)));
  checkFleetSettings(settings, { tenants: selected, pools: builtPools, settingsFile: platformSettingsFile(dir) });
  // Every siloed tenant and pool owns an address block, recorded in the lock: recorded blocks never move, new owners
  // get the lowest free ones in owner order, pools (`pool/...`) before tenants. A whole synth releases the blocks of
  // owners that are gone; a synth of some tenants keeps every recorded block and records its newcomers' (so a later
  // whole synth keeps them too).
  const recorded = options.addressAllocations ?? previous?.addresses ?? {};
  const poolClaims = new Map<string, Cloud>([
    ...(only ? Object.entries(previous?.pools ?? {}).map(([name, p]) => [name, p.cloud] as const) : []),
    ...placed.pools.map((p) => [p.stackName, p.cloud] as const),
  ]);
  const claims = [
    ...[...poolClaims].map(([name, cloud]) => ({ owner: poolAddressOwner(name), cloud })),
    ...selected.filter((t) => t.tier.isolation === 'siloed').map((t) => ({ owner: tenantAddressOwner(t.spec.id), cloud: t.spec.cloud })),
  ];
  const claimed = new Set<string>(claims.map((c) => c.owner));
  const kept = only ? recorded : Object.fromEntries(Object.entries(recorded).filter(([owner]) => claimed.has(owner)));
  const addressAllocations = allocateFleetAddressBlocks(settings, claims, kept);

  const lock: FleetLock = { ...placed.lock, addresses: addressAllocations };
  const fleetLockChanges = describeLockChanges(previous ?? EMPTY_FLEET_LOCK, lock);
  const fleetLockChanged = !previous || !sameFleetLock(previous, lock);
  if (options.frozen && fleetLockChanged) {
    const file = displayPath(fleetLockFile(dir));
    const what = previous ? fleetLockChanges.slice(0, 5).join('; ') + (fleetLockChanges.length > 5 ? `; and ${fleetLockChanges.length - 5} more` : '') : 'there is none';
    throw new SpecError(`${file} is out of date (${what}); run \`tenants synth\` without --frozen and commit the lock file`);
  }

  return {
    fleet,
    selected,
    placement: placed,
    lock,
    headroomPercent,
    only,
    lockChanged: fleetLockChanged,
    lockChanges: fleetLockChanges,
    addressAllocations,
    warn: options.warn,
  };
}

/** The fields of `o` that are set. */
function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
