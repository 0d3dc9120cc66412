import { SpecError } from '../model/errors';
import type { FleetLock, LockedPool } from '../model/fleet-lock';
import type { ResolvedTenant } from '../model/resolve';
import { poolStackName } from '../synth-layout';
import type { PoolLimits } from './limits';
import { PlacementResult, placePooledTenants } from './placement';

/** Where to move a tenant: an existing pool of its cloud and region, or `new` for the next pool there. */
export const NEW_POOL = 'new';

export interface PlacementEditOptions {
  /** The most a pool takes. @default DEFAULT_POOL_LIMITS */
  readonly limits?: Partial<PoolLimits>;
  /** Spare pool capacity above the sum of quotas, percent. @default DEFAULT_POOL_HEADROOM_PERCENT */
  readonly headroomPercent?: number;
}

const regionOf = (pool: LockedPool) => `${pool.cloud}/${pool.region}`;

/** The pool of the lock that places `tenantId`. */
function poolOfTenant(lock: FleetLock, tenantId: string): [string, LockedPool] | undefined {
  return Object.entries(lock.pools).find(([, p]) => p.tenants.includes(tenantId));
}

/**
 * Moves one placed tenant to another pool of its cloud and region (or a new one), checking the target's limits.
 * @param tenants every pooled tenant of the tenant's cloud and region (the pools are sized from them)
 * @throws SpecError when the tenant is not placed, the target is not a pool of its region, or is full.
 */
export function moveTenant(lock: FleetLock, tenants: readonly ResolvedTenant[], tenantId: string, to: string, options: PlacementEditOptions = {}): PlacementResult {
  const from = poolOfTenant(lock, tenantId);
  if (!from) throw new SpecError(`tenant '${tenantId}' is not placed on any pool of the lock file; synthesize first, then move it`);
  const [fromName, fromPool] = from;
  if (to === fromName) throw new SpecError(`tenant '${tenantId}' is already on ${fromName}`);
  const sameRegion = Object.entries(lock.pools).filter(([, p]) => regionOf(p) === regionOf(fromPool));
  let toName = to;
  const pools: Record<string, LockedPool> = { ...lock.pools, [fromName]: { ...fromPool, tenants: fromPool.tenants.filter((id) => id !== tenantId) } };
  if (to === NEW_POOL) {
    const shard = Math.max(...sameRegion.map(([, p]) => p.shard)) + 1;
    toName = poolStackName(fromPool.cloud, fromPool.region, shard);
    pools[toName] = { cloud: fromPool.cloud, region: fromPool.region, shard, tenants: [tenantId] };
  } else {
    const target = lock.pools[to];
    if (!target || regionOf(target) !== regionOf(fromPool)) {
      const choices = [...sameRegion.map(([name]) => name).filter((n) => n !== fromName), NEW_POOL].join(', ');
      throw new SpecError(`'${to}' is not a pool of ${regionOf(fromPool)}, where tenant '${tenantId}' lives; use one of: ${choices}`);
    }
    pools[to] = { ...target, tenants: [...target.tenants, tenantId] };
  }
  return placePooledTenants(tenants, { ...options, previous: { ...lock, pools }, regions: new Set([regionOf(fromPool)]) });
}

/**
 * Empties a pool: each of its tenants moves to the least-full other pool of its cloud and region with room. The pool
 * disappears from the lock, so the next synth removes its stacks.
 * @param tenants every pooled tenant of the pool's cloud and region
 * @throws SpecError when the pool is not in the lock, or its tenants do not fit in the other pools.
 */
export function drainPool(lock: FleetLock, tenants: readonly ResolvedTenant[], pool: string, options: PlacementEditOptions = {}): PlacementResult {
  const drained = lock.pools[pool];
  if (!drained) throw new SpecError(`'${pool}' is not a pool of the lock file; use one of: ${Object.keys(lock.pools).join(', ') || 'none'}`);
  const pools = { ...lock.pools };
  delete pools[pool];
  const result = placePooledTenants(tenants, { ...options, previous: { ...lock, pools }, regions: new Set([regionOf(drained)]) });
  const started = Object.keys(result.lock.pools).filter((name) => !pools[name]);
  if (started.length > 0) {
    throw new SpecError(
      `the tenants of ${pool} do not fit in the other pools of ${regionOf(drained)}; raise the pool limits (pools in _platform.yaml), or move them one by one (tenants pool move <tenant> --to <pool>)`,
    );
  }
  return result;
}
