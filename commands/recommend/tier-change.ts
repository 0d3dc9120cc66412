import { poolStackName } from '../../lib/synth-layout';
import { fieldPath } from '../../lib/model/errors';
import { ResolvedTenant, resolveTenant } from '../../lib/model/resolve';
import type { Overrides, TenantSpec } from '../../lib/model/tenant';
import type { Cloud } from '../../lib/model/enums';
import { Tier, tierBudget } from '../../lib/model/tier';
import { classesIn } from './capacity';
import { RuleInput, TierTarget, mergeOverrides } from './model';
import { RIGHTSIZING_RULES } from './rules';
import type { Band } from './thresholds';

/** Where docs/pools.md explains moving a tenant between a pool and a silo (and back). */
export const POOL_MIGRATION_DOC = 'docs/pools.md#moving-a-tenant-from-standard-to-premium-pool-to-silo';

/** The tenant folder and tier catalogue a recommendation is made against. */
export interface RecommendContext {
  /** Tier catalogue. */
  readonly catalogue: Readonly<Record<string, Tier>>;
  /** Every tenant in the folder: a pool's size and classes follow all its tenants. */
  readonly tenants: readonly ResolvedTenant[];
  /** Days the usage covers. */
  readonly periodDays: number;
}

/**
 * Tiers a tenant may move to, nearest first: `up`, the dearer ones (by budget on the tenant's cloud) cheapest first; `down`, the cheaper
 * ones dearest first. Tiers without a fixed node size (white-label) are never a target: their size is agreed per
 * tenant, not derived from usage.
 */
export function tierCandidates(catalogue: Readonly<Record<string, Tier>>, current: Tier, direction: 'up' | 'down', cloud: Cloud): Tier[] {
  const all = Object.values(catalogue).filter((t) => t.name !== current.name && t.nodes !== 'custom');
  const budget = (t: Tier) => tierBudget(t, cloud).monthlyUsd;
  return direction === 'up'
    ? all.filter((t) => budget(t) > budget(current)).sort((a, b) => budget(a) - budget(b))
    : all.filter((t) => budget(t) < budget(current)).sort((a, b) => budget(b) - budget(a));
}

/** A tier a tenant can move to: its tenant file there, and the tenant resolved against it. */
export interface TierMove {
  readonly tier: Tier;
  readonly spec: TenantSpec;
  readonly tenant: ResolvedTenant;
}

export type TierMoveResult = { readonly ok: true; readonly move: TierMove } | { readonly ok: false; readonly reasons: readonly string[] };

/**
 * Overrides that survive a tier change: retention the tenant raised above the new tier's (a choice the tenant made,
 * often for a framework). Sizes are worked out again for the new tier.
 */
function carriedOverrides(overrides: Overrides, tier: Tier): Overrides {
  const backup = overrides.database?.backupRetentionDays;
  const logs = overrides.logRetentionDays;
  return {
    ...(backup !== undefined && backup > tier.database.backupRetentionDays ? { database: { backupRetentionDays: backup } } : {}),
    ...(logs !== undefined && logs > tier.monitoring.logRetentionDays ? { logRetentionDays: logs } : {}),
  };
}

/**
 * Whether `tier` holds the tenant within `band`: it allows every framework the tenant claims, its pool has room, and
 * every rule fits (nodes, storage, database storage that cannot shrink, database CPU and cache memory on the classes
 * it would get). The tenant file for it must pass `resolveTenant`.
 */
export function fitTier(tier: Tier, input: RuleInput, ctx: RecommendContext, band: Band): TierMoveResult {
  const { tenant } = input;
  const reasons: string[] = [];
  const missing = tenant.spec.compliance.filter((f) => !tier.compliance.allowed.includes(f));
  if (missing.length > 0) reasons.push(`the ${tier.name} tier does not allow ${missing.join(', ')}, which the tenant claims`);
  const classes = classesIn(tier, tenant, ctx.tenants);
  const target: TierTarget = { tier, cloud: tenant.spec.cloud, databaseClass: classes.database, cacheClass: classes.cache, band };
  const fits = RIGHTSIZING_RULES.flatMap((rule) => (rule.fit ? [rule.fit(target, input)] : []));
  for (const fit of fits) if (!fit.ok) reasons.push(fit.reason);
  if (reasons.length > 0) return { ok: false, reasons };

  const overrides = mergeOverrides(carriedOverrides(tenant.spec.overrides, tier), ...fits.map((f) => (f.ok ? f.overrides : undefined)));
  const spec: TenantSpec = { ...tenant.spec, tier: tier.name, overrides };
  const resolved = resolveTenant(spec, ctx.catalogue, tenant.file);
  if (!resolved.ok) return { ok: false, reasons: resolved.issues.map((i) => `${fieldPath(i.path)}: ${i.message}`) };
  return { ok: true, move: { tier, spec, tenant: resolved.tenant } };
}

/**
 * What moving between a pool and a silo takes, in one sentence (docs/pools.md has the steps).
 * @returns undefined when `from` and `to` have the same isolation.
 */
export function migrationSummary(from: ResolvedTenant, to: ResolvedTenant): string | undefined {
  if (from.tier.isolation === to.tier.isolation) return undefined;
  const pool = poolStackName(from.spec.cloud, from.spec.region);
  return from.tier.isolation === 'pooled'
    ? `one deploy of tenant-${from.spec.id} destroys its slice and creates a dedicated platform in the same state: export its database and objects first and restore them after; ${pool} loses a tenant, so its other tenants' shares change`
    : `deploy ${pool} first (it grows), then the slice (its database and login), then restore the data; the other tenants' shares of ${pool} change`;
}

/** What else changes when a tenant moves from `from` to `to`: node shape, classes, availability, security, retention. */
export function tierChangeNotes(from: ResolvedTenant, to: ResolvedTenant, ctx: RecommendContext): string[] {
  const notes: string[] = [];
  const a = from.sizing;
  const b = to.sizing;
  const shown = (v: string | number | boolean) => (typeof v === 'boolean' ? (v ? 'on' : 'off') : String(v));
  const change = (what: string, x: string | number | boolean, y: string | number | boolean) => {
    if (x !== y) notes.push(`${what} ${shown(x)} → ${shown(y)}`);
  };
  change('node size', `${a.nodes.vcpu} vCPU / ${a.nodes.memoryGiB} GiB`, `${b.nodes.vcpu} vCPU / ${b.nodes.memoryGiB} GiB`);
  const before = classesIn(from.tier, from, ctx.tenants);
  const after = classesIn(to.tier, to, ctx.tenants);
  change('database class', before.database, after.database);
  change('cache class', before.cache, after.cache);
  change('zone resilience', a.availability.databaseStandby, b.availability.databaseStandby);
  change('security level', a.security.level, b.security.level);
  change('log retention days', a.monitoring.logRetentionDays, b.monitoring.logRetentionDays);
  change('backup retention days', a.database.backupRetentionDays, b.database.backupRetentionDays);
  return notes;
}
