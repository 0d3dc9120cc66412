import { App, TerraformStack } from 'cdktf';
import * as path from 'path';
import { loadFleet } from '../lib/fleet';
import { SpecError } from '../lib/model/errors';
import { EMPTY_FLEET_LOCK, FleetLock, describeLockChanges, fleetLockFile, readFleetLock, sameFleetLock } from '../lib/model/fleet-lock';
import { loadTenantsById } from '../lib/model/load-by-id';
import { placePooledTenants } from '../lib/pool/placement';
import { sizePool } from '../lib/pool/sizing';
import type { ResolvedTenant } from '../lib/model/resolve';
import type { Tier } from '../lib/model/tier';
import type { TenantTemplatesPlugin } from '../lib/plugin';
import { tiers as builtInTiers } from '../tiers';
import { PoolStack } from './pool-stack';
import { PoolWorkloadsStack } from './pool-workloads-stack';
import { TenantSliceStack } from './tenant-slice-stack';
import { TenantStack } from './tenant-stack';
import { WorkloadsStack } from './workloads-stack';

export interface BuildAppOptions {
  /** Folder of tenant files, the fleet's `_platform.yaml` and its `_fleet.lock.json`. @default 'tenants' */
  readonly tenantsDir?: string;
  /**
   * Only these tenant ids (and the pools they live in). Only their files are read, plus the files of their pools'
   * tenants when the lock file places them. @default - every tenant
   */
  readonly only?: readonly string[];
  /** Tier catalogue. @default the built-in tiers */
  readonly tiers?: Readonly<Record<string, Tier>>;
  /** Your tiers, policy rules and packs, and prices, applied after the plugins `_platform.yaml` lists. @default [] */
  readonly plugins?: readonly TenantTemplatesPlugin[];
  /** Most tenants one pool takes. @default - `pools.maxTenants` of `_platform.yaml`, else DEFAULT_POOL_LIMITS */
  readonly poolMaxTenants?: number;
  /** Spare pool capacity above the sum of quotas, percent. @default - `pools.headroomPercent`, else DEFAULT_POOL_HEADROOM_PERCENT */
  readonly poolHeadroomPercent?: number;
  /**
   * Refuse to place tenants anew: fail when the lock file would change (new, moved or removed pooled tenants), as
   * `npm ci` fails on a stale package-lock.json. For CI. @default false
   */
  readonly frozen?: boolean;
}

/** The stacks `buildApp` adds. */
export interface TenantApp {
  /** Siloed tenants: `tenant-<id>`, their dedicated platform. */
  readonly tenantStacks: TenantStack[];
  /** Siloed tenants: `tenant-<id>-workloads`, their home in their cluster. */
  readonly workloadStacks: WorkloadsStack[];
  /** Pools: `pool-<cloud>-<region>`, `pool-<cloud>-<region>-2`, ... */
  readonly poolStacks: PoolStack[];
  /** What each pool's tenants share inside its cluster: `<pool>-workloads` (not on GCP, where nothing is shared). */
  readonly poolWorkloadStacks: PoolWorkloadsStack[];
  /** Pooled tenants: `tenant-<id>`, their slice of the pool. */
  readonly sliceStacks: TenantSliceStack[];
  /** Every stack, pools first. */
  readonly all: TerraformStack[];
  /** Where the fleet's pooled tenants live: the lock file to write once the synth succeeded. */
  readonly fleetLock: FleetLock;
  /** The lock differs from `_fleet.lock.json` (or there was none): write it with `writeFleetLock`. */
  readonly fleetLockChanged: boolean;
  /** What changed in the lock, one line each. */
  readonly fleetLockChanges: readonly string[];
}

/**
 * Adds every tenant's stacks to `app`. Siloed tenants get their platform (`tenant-<id>`) and their in-cluster
 * workloads (`tenant-<id>-workloads`); pooled tenants get a slice (`tenant-<id>`) of the pool of their cloud and
 * region (`pool-<cloud>-<region>`), sized from all the pool's tenants. Every tenant file is validated before any
 * stack is built, so a mistake fails the whole synth with every error listed and nothing written.
 * @throws SpecErrors for bad input, SpecError for a pool over its maximum, PluginError for a plugin that cannot be applied.
 */
export function buildApp(app: App, options: BuildAppOptions = {}): TenantApp {
  const dir = options.tenantsDir ?? 'tenants';
  const fleet = loadFleet({ tenantsDir: dir, tiers: options.tiers ?? builtInTiers, plugins: options.plugins });
  const { extensions, settings } = fleet;
  const only = options.only?.length ? options.only : undefined;
  const previous = readFleetLock(dir);
  const selected = only ? loadTenantsById(dir, fleet.catalogue, only) : fleet.tenants();
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
    const others = members ? loadTenantsById(dir, fleet.catalogue, members, true) : fleet.tenants().filter((t) => !only.includes(t.spec.id));
    candidates = [...selected, ...others];
  }
  const headroomPercent = options.poolHeadroomPercent ?? settings.pools.headroomPercent;
  const placed = placePooledTenants(candidates, {
    previous,
    regions,
    pools,
    headroomPercent,
    limits: {
      ...definedOnly({ maxTenants: settings.pools.maxTenants, maxNodes: settings.pools.maxNodes, maxDatabaseStorageGb: settings.pools.maxDatabaseStorageGb }),
      ...definedOnly({ maxTenants: options.poolMaxTenants }),
    },
  });
  const fleetLockChanges = describeLockChanges(previous ?? EMPTY_FLEET_LOCK, placed.lock);
  const fleetLockChanged = !previous || !sameFleetLock(previous, placed.lock);
  if (options.frozen && fleetLockChanged) {
    const file = path.relative(process.cwd(), fleetLockFile(dir)) || fleetLockFile(dir);
    const what = previous ? fleetLockChanges.slice(0, 5).join('; ') + (fleetLockChanges.length > 5 ? `; and ${fleetLockChanges.length - 5} more` : '') : 'there is none';
    throw new SpecError(`${file} is out of date (${what}); run \`tenants synth\` without --frozen and commit the lock file`);
  }

  const selectedIds = new Set(selected.map((t) => t.spec.id));
  const poolStacks = placed.pools
    .filter((placement) => !only || placement.members.some((m) => selectedIds.has(m.spec.id)))
    .map((placement) => new PoolStack(app, { placement, sizing: sizePool(placement, { headroomPercent }), extensions }));
  const poolWorkloadStacks = poolStacks.filter((pool) => PoolWorkloadsStack.isNeeded(pool)).map((pool) => new PoolWorkloadsStack(app, { pool }));
  const poolOf = new Map(poolStacks.flatMap((p) => p.placement.members.map((m) => [m.spec.id, p] as const)));
  const sharedOf = new Map(poolWorkloadStacks.map((s) => [s.pool, s]));
  const sliceStacks = pooled.map((tenant) => {
    const pool = poolOf.get(tenant.spec.id)!;
    const slice = new TenantSliceStack(app, { tenant, pool, extensions });
    // The pool's shared collector objects come first, as the pool itself does.
    const shared = sharedOf.get(pool);
    if (shared) slice.addDependency(shared);
    return slice;
  });

  const tenantStacks: TenantStack[] = [];
  const workloadStacks: WorkloadsStack[] = [];
  for (const tenant of selected.filter((t) => t.tier.isolation === 'siloed')) {
    const stack = new TenantStack(app, { tenant, extensions });
    tenantStacks.push(stack);
    workloadStacks.push(new WorkloadsStack(app, { tenant, platformStack: stack, platform: stack.outputs }));
  }
  return {
    tenantStacks,
    workloadStacks,
    poolStacks,
    poolWorkloadStacks,
    sliceStacks,
    all: [...poolStacks, ...poolWorkloadStacks, ...sliceStacks, ...tenantStacks, ...workloadStacks],
    fleetLock: placed.lock,
    fleetLockChanged,
    fleetLockChanges,
  };
}

/** The fields of `o` that are set. */
function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
