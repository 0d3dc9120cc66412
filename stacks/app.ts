import { App, TerraformStack } from 'cdktf';
import { loadFleet } from '../lib/fleet';
import { DEFAULT_POOL_MAX_TENANTS, placePooledTenants } from '../lib/pool/placement';
import { sizePool } from '../lib/pool/sizing';
import type { ResolvedTenant } from '../lib/model/resolve';
import type { Tier } from '../lib/model/tier';
import type { TenantTemplatesPlugin } from '../lib/plugin';
import { tiers as builtInTiers } from '../tiers';
import { PoolStack } from './pool-stack';
import { TenantSliceStack } from './tenant-slice-stack';
import { TenantStack } from './tenant-stack';
import { WorkloadsStack } from './workloads-stack';

export interface BuildAppOptions {
  /** Folder of tenant files and the fleet's `_platform.yaml`. @default 'tenants' */
  readonly tenantsDir?: string;
  /** Only these tenant ids (and the pools they live in). @default - every tenant */
  readonly only?: readonly string[];
  /** Tier catalogue. @default the built-in tiers */
  readonly tiers?: Readonly<Record<string, Tier>>;
  /** Your tiers, policy rules and packs, and prices, applied after the plugins `_platform.yaml` lists. @default [] */
  readonly plugins?: readonly TenantTemplatesPlugin[];
  /** Most tenants one pool takes. @default DEFAULT_POOL_MAX_TENANTS */
  readonly poolMaxTenants?: number;
  /** Spare pool capacity above the sum of quotas, percent. @default DEFAULT_POOL_HEADROOM_PERCENT */
  readonly poolHeadroomPercent?: number;
}

/** The stacks `buildApp` adds. */
export interface TenantApp {
  /** Siloed tenants: `tenant-<id>`, their dedicated platform. */
  readonly tenantStacks: TenantStack[];
  /** Siloed tenants: `tenant-<id>-workloads`, their home in their cluster. */
  readonly workloadStacks: WorkloadsStack[];
  /** One per cloud and region with pooled tenants: `pool-<cloud>-<region>`. */
  readonly poolStacks: PoolStack[];
  /** Pooled tenants: `tenant-<id>`, their slice of the pool. */
  readonly sliceStacks: TenantSliceStack[];
  /** Every stack, pools first. */
  readonly all: TerraformStack[];
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
  const { extensions } = fleet;
  const selected = fleet.tenants(options.only);
  const pooled = selected.filter((t) => t.tier.isolation === 'pooled');
  // A pool is sized from all its tenants, selected or not.
  const everyone: ResolvedTenant[] = pooled.length > 0 && options.only?.length ? fleet.tenants() : selected;
  const wanted = new Set(pooled.map((t) => `${t.spec.cloud}/${t.spec.region}`));
  const placements = placePooledTenants(
    everyone.filter((t) => wanted.has(`${t.spec.cloud}/${t.spec.region}`)),
    options.poolMaxTenants ?? DEFAULT_POOL_MAX_TENANTS,
  );

  const poolStacks = placements.map(
    (placement) =>
      new PoolStack(app, { placement, sizing: sizePool(placement, { headroomPercent: options.poolHeadroomPercent }), extensions }),
  );
  const poolOf = (t: ResolvedTenant) => poolStacks.find((p) => p.placement.cloud === t.spec.cloud && p.placement.region === t.spec.region)!;
  const sliceStacks = pooled.map((tenant) => new TenantSliceStack(app, { tenant, pool: poolOf(tenant), extensions }));

  const tenantStacks: TenantStack[] = [];
  const workloadStacks: WorkloadsStack[] = [];
  for (const tenant of selected.filter((t) => t.tier.isolation === 'siloed')) {
    const stack = new TenantStack(app, { tenant, extensions });
    tenantStacks.push(stack);
    workloadStacks.push(new WorkloadsStack(app, { tenant, platformStack: stack, platform: stack.outputs }));
  }
  return { tenantStacks, workloadStacks, poolStacks, sliceStacks, all: [...poolStacks, ...sliceStacks, ...tenantStacks, ...workloadStacks] };
}
