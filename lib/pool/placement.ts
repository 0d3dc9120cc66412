import type { Cloud } from '../model/enums';
import { SpecError } from '../model/errors';
import { EMPTY_FLEET_LOCK, FleetLock, LockedPool } from '../model/fleet-lock';
import { shortHash } from '../model/naming';
import type { ResolvedTenant } from '../model/resolve';
import { poolStackName } from '../synth-layout';
import { DEFAULT_POOL_LIMITS, PoolLimits } from './limits';
import { PoolSizingOptions, sizePool } from './sizing';

/** Most tenants one pool takes unless configured otherwise. */
export const DEFAULT_POOL_MAX_TENANTS = DEFAULT_POOL_LIMITS.maxTenants;

/** One pool of a cloud and region: its names and the pooled tenants placed on it. */
export interface PoolPlacement {
  /** Stack name: `pool-<cloud>-<region>` for the first pool of a region, `pool-<cloud>-<region>-<n>` for the others. */
  readonly stackName: string;
  /** Prefix of the pool's resource names: short enough for every naming limit (Azure Key Vault 24), stable per pool. */
  readonly resourceName: string;
  readonly cloud: Cloud;
  readonly region: string;
  /** 1 for the first pool of the cloud and region, then 2, 3, ... */
  readonly shard: number;
  /** Pooled tenants placed on it, sorted by id. */
  readonly members: readonly ResolvedTenant[];
}

/** Prefix of a pool's resource names. The first pool keeps the name pools had before sharding. */
export function poolResourceName(cloud: Cloud, region: string, shard: number): string {
  return `pool-${cloud}-${shortHash(shard === 1 ? `${cloud}/${region}` : `${cloud}/${region}/${shard}`)}`;
}

export interface PlacementOptions extends PoolSizingOptions {
  /** Where tenants were placed before (the fleet's lock file): nobody moves. @default - an empty lock */
  readonly previous?: FleetLock;
  /** The most a pool takes. @default DEFAULT_POOL_LIMITS */
  readonly limits?: Partial<PoolLimits>;
  /**
   * Only pools of these `<cloud>/<region>` keys are placed (the others are copied from `previous` untouched), for a
   * synth of some tenants. @default - every cloud and region
   */
  readonly regions?: ReadonlySet<string>;
  /**
   * Only these pools of `previous` are placed (the others are copied untouched), for a synth of tenants the lock
   * already places: their pools' tenants are all that needs reading. Newcomers are not placed then.
   * @default - every pool of `regions`
   */
  readonly pools?: ReadonlySet<string>;
}

/** The pools, and the lock that records them. */
export interface PlacementResult {
  /** Pools with members, sorted by stack name (only those of `regions` when given). */
  readonly pools: PoolPlacement[];
  readonly lock: FleetLock;
}

const regionKey = (cloud: string, region: string) => `${cloud}/${region}`;

/**
 * Places pooled tenants on pools, stickily: a tenant in `previous` stays where it is, whatever else changes; a
 * tenant that left (removed, siloed, moved to another region) leaves its pool; a new tenant goes to the least-full
 * pool of its cloud and region with room under `limits`, or starts the next pool. Pools left empty disappear.
 * @throws SpecError when a pool is over its limits (a limit lowered, or its tenants grew), naming the fix.
 */
export function placePooledTenants(tenants: readonly ResolvedTenant[], options: PlacementOptions = {}): PlacementResult {
  const limits: PoolLimits = { ...DEFAULT_POOL_LIMITS, ...options.limits };
  const previous = options.previous ?? EMPTY_FLEET_LOCK;
  const inScope = (cloud: string, region: string) => !options.regions || options.regions.has(regionKey(cloud, region));
  const pooled = new Map(tenants.filter((t) => t.tier.isolation === 'pooled').map((t) => [t.spec.id, t]));

  interface Draft extends LockedPool {
    members: ResolvedTenant[];
  }
  const drafts = new Map<string, Draft>();
  const kept: Record<string, LockedPool> = {};
  const placed = new Set<string>();
  for (const [name, pool] of Object.entries(previous.pools)) {
    if (!inScope(pool.cloud, pool.region) || (options.pools && !options.pools.has(name))) {
      kept[name] = pool;
      continue;
    }
    const members = pool.tenants
      .map((id) => pooled.get(id))
      .filter((t): t is ResolvedTenant => t !== undefined && t.spec.cloud === pool.cloud && t.spec.region === pool.region);
    members.forEach((m) => placed.add(m.spec.id));
    drafts.set(name, { ...pool, members });
  }

  const fits = (draft: Draft, extra?: ResolvedTenant): string | undefined => {
    const members = extra ? [...draft.members, extra] : draft.members;
    if (members.length > limits.maxTenants) return `${members.length} tenants, more than its maximum ${limits.maxTenants}`;
    const { sizing } = sizePool(placement(draft, members), options);
    if (sizing.nodes.desired > limits.maxNodes) return `${sizing.nodes.desired} nodes, more than its maximum ${limits.maxNodes}`;
    if (sizing.database.storageGb > limits.maxDatabaseStorageGb) {
      return `${sizing.database.storageGb} GB of database storage, more than its maximum ${limits.maxDatabaseStorageGb}`;
    }
    return undefined;
  };

  const newcomers = options.pools ? [] : [...pooled.values()].filter((t) => !placed.has(t.spec.id) && inScope(t.spec.cloud, t.spec.region));
  for (const tenant of newcomers.sort((a, b) => a.spec.id.localeCompare(b.spec.id))) {
    const { cloud, region } = tenant.spec;
    const candidates = [...drafts.values()]
      .filter((d) => d.cloud === cloud && d.region === region && fits(d, tenant) === undefined)
      .sort((a, b) => a.members.length - b.members.length || a.shard - b.shard);
    let draft = candidates[0];
    if (!draft) {
      const taken = [...drafts.values(), ...Object.values(kept)].filter((d) => d.cloud === cloud && d.region === region).map((d) => d.shard);
      const shard = Math.max(0, ...taken) + 1;
      draft = { cloud, region, shard, tenants: [], members: [] };
      const alone = fits(draft, tenant);
      if (alone) {
        throw new SpecError(
          `tenant '${tenant.spec.id}'${tenant.file ? ` (${tenant.file})` : ''}: alone it would give a pool ${alone}; raise the pool limits (pools in _platform.yaml) or give it a siloed tier`,
        );
      }
      drafts.set(poolStackName(cloud, region, shard), draft);
    }
    draft.members.push(tenant);
  }

  const problems: string[] = [];
  for (const [name, draft] of drafts) {
    if (draft.members.length === 0) continue;
    const over = fits(draft);
    if (over) {
      problems.push(
        `pool '${name}' would hold ${over}; move tenants to another pool (tenants pool move <tenant> --to <pool>) or raise the pool limits (pools in _platform.yaml)`,
      );
    }
  }
  if (problems.length > 0) throw new SpecError(problems.join('\n'));

  const pools = [...drafts.entries()]
    .filter(([, d]) => d.members.length > 0)
    .map(([, d]) => placement(d, d.members))
    .sort((a, b) => a.stackName.localeCompare(b.stackName));
  const lockPools: Record<string, LockedPool> = { ...kept };
  for (const p of pools) lockPools[p.stackName] = { cloud: p.cloud, region: p.region, shard: p.shard, tenants: p.members.map((m) => m.spec.id) };
  // The rest of the lock (address blocks) is the caller's: kept as it was.
  return { pools, lock: { ...previous, pools: lockPools } };
}

function placement(pool: LockedPool, members: readonly ResolvedTenant[]): PoolPlacement {
  const { cloud, region, shard } = pool;
  return {
    stackName: poolStackName(cloud, region, shard),
    resourceName: poolResourceName(cloud, region, shard),
    cloud,
    region,
    shard,
    members: [...members].sort((a, b) => a.spec.id.localeCompare(b.spec.id)),
  };
}
