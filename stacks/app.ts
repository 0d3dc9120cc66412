import { App, TerraformStack } from 'cdktf';
import type { AddressAllocations } from '../lib/model/address-plan';
import { poolAddressOwner, tenantAddressOwner } from '../lib/model/address-plan';
import type { FleetLock } from '../lib/model/fleet-lock';
import { sizePool } from '../lib/pool/sizing';
import type { Tier } from '../lib/model/tier';
import type { TenantTemplatesPlugin } from '../lib/plugin';
import { FleetPlan, planFleet } from './fleet-plan';
import { PoolStack } from './pool-stack';
import { PoolWorkloadsStack } from './pool-workloads-stack';
import { TenantSliceStack } from './tenant-slice-stack';
import { TenantStack } from './tenant-stack';
import { ConstructionProblems, poolProblemSubject, tenantProblemSubject } from './construction-problems';
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
  /** Place pooled tenants from this lock instead of the folder's `_fleet.lock.json` (a synth worker's). @default - the folder's */
  readonly fleetLock?: FleetLock;
  /**
   * Address blocks handed out before, by owner (`tenant/<id>`, `pool/<stack>`): kept as they are, so a network never
   * moves; new tenants and pools get the lowest free block of their cloud's plan (`allocateFleetAddressBlocks`).
   * @default - the blocks recorded in the lock (`fleetLock`, or the folder's `_fleet.lock.json`)
   */
  readonly addressAllocations?: AddressAllocations;
  /** Receives warnings: skipped tenant files, lapsed suppressions, budgets past their warning threshold. @default console.warn */
  readonly warn?: (message: string) => void;
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
  /** Every address block after this build, by owner: the previous ones and those handed out now. */
  readonly addressAllocations: Record<string, string>;
}

/**
 * Adds every tenant's stacks to `app`. Siloed tenants get their platform (`tenant-<id>`) and their in-cluster
 * workloads (`tenant-<id>-workloads`); pooled tenants get a slice (`tenant-<id>`) of the pool of their cloud and
 * region (`pool-<cloud>-<region>`), sized from all the pool's tenants. Every tenant file is validated before any
 * stack is built, so a mistake fails the whole synth with every error listed and nothing written.
 * @throws SpecErrors for bad input, SpecError for a pool over its maximum, PluginError for a plugin that cannot be applied.
 */
export function buildApp(app: App, options: BuildAppOptions = {}): TenantApp {
  return buildStacks(app, planFleet(options));
}

/** Adds the stacks of a planned fleet to `app` (what `buildApp` does once the fleet is read and placed). */
export function buildStacks(app: App, plan: FleetPlan): TenantApp {
  const { selected, placement: placed, headroomPercent, only, addressAllocations } = plan;
  const { extensions, settings } = plan.fleet;
  const pooled = selected.filter((t) => t.tier.isolation === 'pooled');
  const selectedIds = new Set(selected.map((t) => t.spec.id));
  // A construct that refuses its input (a node size no machine type has) is reported for its tenant or pool; every
  // tenant is still built, so one run lists every such problem.
  const problems = new ConstructionProblems();
  const warn = plan.warn && ((message: string) => plan.warn!(`warning: ${message}`));
  const poolStacks = placed.pools
    .filter((placement) => !only || placement.members.some((m) => selectedIds.has(m.spec.id)))
    .flatMap((placement) =>
      problems.attribute(poolProblemSubject(placement), () => [
        new PoolStack(app, {
          placement,
          sizing: sizePool(placement, { headroomPercent }),
          extensions,
          settings,
          addressBlock: addressAllocations[poolAddressOwner(placement.stackName)],
        }),
      ]),
    );
  const poolWorkloadStacks = poolStacks.filter((pool) => PoolWorkloadsStack.isNeeded(pool)).map((pool) => new PoolWorkloadsStack(app, { pool }));
  const poolOf = new Map(poolStacks.flatMap((p) => p.placement.members.map((m) => [m.spec.id, p] as const)));
  const sharedOf = new Map(poolWorkloadStacks.map((s) => [s.pool, s]));
  const sliceStacks = pooled.flatMap((tenant) => {
    const pool = poolOf.get(tenant.spec.id);
    if (!pool) return []; // its pool could not be built: reported above
    return problems.attribute(tenantProblemSubject(tenant), () => {
      const slice = new TenantSliceStack(app, { tenant, pool, extensions, settings, warn });
      // The pool's shared collector objects come first, as the pool itself does.
      const shared = sharedOf.get(pool);
      if (shared) slice.addDependency(shared);
      return [slice];
    });
  });

  const tenantStacks: TenantStack[] = [];
  const workloadStacks: WorkloadsStack[] = [];
  for (const tenant of selected.filter((t) => t.tier.isolation === 'siloed')) {
    problems.attribute(tenantProblemSubject(tenant), () => {
      const stack = new TenantStack(app, { tenant, extensions, settings, warn, addressBlock: addressAllocations[tenantAddressOwner(tenant.spec.id)] });
      tenantStacks.push(stack);
      workloadStacks.push(new WorkloadsStack(app, { tenant, platformStack: stack, platform: stack.outputs }));
      return [];
    });
  }
  problems.throwIfAny();
  return {
    tenantStacks,
    workloadStacks,
    poolStacks,
    poolWorkloadStacks,
    sliceStacks,
    all: [...poolStacks, ...poolWorkloadStacks, ...sliceStacks, ...tenantStacks, ...workloadStacks],
    fleetLock: plan.lock,
    fleetLockChanged: plan.lockChanged,
    fleetLockChanges: plan.lockChanges,
    addressAllocations,
  };
}
