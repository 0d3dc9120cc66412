import type { Cloud } from '../model/enums';
import { SpecError } from '../model/errors';
import { shortHash } from '../model/naming';
import type { ResolvedTenant } from '../model/resolve';
import { poolStackName } from '../synth-layout';

/** Most tenants one pool takes unless configured otherwise: beyond it, split by region or raise it knowingly. */
export const DEFAULT_POOL_MAX_TENANTS = 50;

/** Where pooled tenants of one cloud and region live. */
export interface PoolPlacement {
  /** Stack name: `pool-<cloud>-<region>`, e.g. `pool-aws-us-east-1`. */
  readonly stackName: string;
  /**
   * Prefix of the pool's resource names: short enough for every naming limit (Azure Key Vault 24), stable
   * per cloud and region.
   */
  readonly resourceName: string;
  readonly cloud: Cloud;
  readonly region: string;
  /** Pooled tenants placed on it, by id. */
  readonly members: readonly ResolvedTenant[];
}

/**
 * Groups pooled tenants into one pool per cloud and region.
 * @throws SpecError when a pool would hold more than `maxTenants`.
 */
export function placePooledTenants(tenants: readonly ResolvedTenant[], maxTenants = DEFAULT_POOL_MAX_TENANTS): PoolPlacement[] {
  const byPool = new Map<string, ResolvedTenant[]>();
  for (const t of tenants.filter((x) => x.tier.isolation === 'pooled')) {
    const key = poolStackName(t.spec.cloud, t.spec.region);
    byPool.set(key, [...(byPool.get(key) ?? []), t]);
  }
  const pools = [...byPool.entries()].map(([stackName, members]) => {
    const { cloud, region } = members[0].spec;
    return { stackName, resourceName: `pool-${cloud}-${shortHash(`${cloud}/${region}`)}`, cloud, region, members };
  });
  const full = pools.filter((p) => p.members.length > maxTenants);
  if (full.length > 0) {
    throw new SpecError(
      full
        .map(
          (p) =>
            `pool '${p.stackName}' would hold ${p.members.length} tenants, more than its maximum ${maxTenants}; raise the pool maximum (poolMaxTenants) or place some tenants in another region`,
        )
        .join('\n'),
    );
  }
  return pools.sort((a, b) => a.stackName.localeCompare(b.stackName));
}
