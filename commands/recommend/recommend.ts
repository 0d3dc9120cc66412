import { ResolvedTenant, resolveTenant } from '../../lib/model/resolve';
import type { Isolation } from '../../lib/model/enums';
import { fieldPath } from '../../lib/model/errors';
import type { Overrides, TenantSpec } from '../../lib/model/tenant';
import { classesIn } from './capacity';
import { RuleInput, Utilization, mergeOverrides } from './model';
import { RIGHTSIZING_RULES } from './rules';
import { POOL_MIGRATION_DOC, RecommendContext, TierMove, fitTier, migrationSummary, tierCandidates, tierChangeNotes } from './tier-change';
import { SCALE_UP_BAND, TIER_DOWN_BAND } from './thresholds';
import type { TenantUsageRecord } from './usage';

/**
 * - `fits`: in the band; nothing to do.
 * - `resize`: overrides within the tier's bounds bring it back into the band.
 * - `tier-up`: the tier's bounds (or its database or cache class) cannot hold it; the smallest tier that does.
 * - `tier-down`: oversized even at the tier's smallest size; the largest cheaper tier that holds it with headroom.
 * - `no-tier-fits`: it needs more than any tier above offers.
 */
export const VERDICTS = ['fits', 'resize', 'tier-up', 'tier-down', 'no-tier-fits'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** One field of the tenant's sizing the recommendation changes. */
export interface FieldChange {
  /** `tier`, `nodes.min`, `storageGb`, `database.storageGb`, ... */
  readonly field: string;
  readonly from: string | number;
  readonly to: string | number;
}

/** A move between a pool and a silo. */
export interface Migration {
  readonly from: Isolation;
  readonly to: Isolation;
  /** What it takes, in one sentence. */
  readonly summary: string;
  /** The steps, in docs/pools.md. */
  readonly doc: string;
}

/** What the rules make of one tenant's usage. */
export interface TenantRecommendation {
  readonly tenant: ResolvedTenant;
  readonly verdict: Verdict;
  /** One line: `nodes.min 2 → 3`, `tier standard → premium`, `fits`. */
  readonly summary: string;
  readonly utilization: readonly Utilization[];
  /** Why the change, with figures. */
  readonly reasons: readonly string[];
  /** Worth knowing: what else a tier change changes, readings that changed nothing. */
  readonly notes: readonly string[];
  /** The fields of the tenant file to change: its tier, and its complete `overrides` block. */
  readonly change?: { readonly tier?: string; readonly overrides: Overrides; readonly fields: readonly FieldChange[] };
  /** The tenant with the change, resolved against the catalogue (it passes `resolveTenant`). */
  readonly recommended?: ResolvedTenant;
  readonly migration?: Migration;
}

/** Sizing fields a resize may change, read from a resolved tenant. */
const SIZING_FIELDS: readonly [string, (t: ResolvedTenant) => number][] = [
  ['nodes.min', (t) => t.sizing.nodes.min],
  ['nodes.desired', (t) => t.sizing.nodes.desired],
  ['nodes.max', (t) => t.sizing.nodes.max],
  ['storageGb', (t) => t.sizing.storageGb],
  ['database.storageGb', (t) => t.sizing.database.storageGb],
];

function sizingChanges(from: ResolvedTenant, to: ResolvedTenant): FieldChange[] {
  return SIZING_FIELDS.flatMap(([field, read]) => (read(from) !== read(to) ? [{ field, from: read(from), to: read(to) }] : []));
}

/** The overrides a tier change sets, flattened: `database.storageGb 500`. */
function overrideFields(overrides: Overrides): string[] {
  const out: string[] = [];
  const walk = (value: unknown, at: string) => {
    if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) walk(v, at ? `${at}.${k}` : k);
    else if (value !== undefined) out.push(`${at} ${String(value)}`);
  };
  walk(overrides, '');
  return out;
}

function resolved(spec: TenantSpec, tenant: ResolvedTenant, ctx: RecommendContext): ResolvedTenant {
  const result = resolveTenant(spec, ctx.catalogue, tenant.file);
  if (result.ok) return result.tenant;
  // The rules keep every override inside the tier's bounds; reaching this is a bug in a rule.
  throw new Error(`recommended overrides for '${tenant.spec.id}' fail resolveTenant: ${result.issues.map((i) => `${fieldPath(i.path)}: ${i.message}`).join('; ')}`);
}

function tierMove(
  verdict: 'tier-up' | 'tier-down',
  move: TierMove,
  base: Pick<TenantRecommendation, 'tenant' | 'utilization' | 'reasons' | 'notes'>,
  ctx: RecommendContext,
): TenantRecommendation {
  const { tenant } = base;
  const from = tenant.tier.isolation;
  const to = move.tier.isolation;
  const steps = migrationSummary(tenant, move.tenant);
  const migration = steps ? { from, to, summary: steps, doc: POOL_MIGRATION_DOC } : undefined;
  const set = overrideFields(move.spec.overrides);
  const summary =
    `tier ${tenant.tier.name} → ${move.tier.name}` +
    (set.length > 0 ? ` with ${set.join(', ')}` : '') +
    (migration ? ` (${from} → ${to}: migration)` : '');
  return {
    ...base,
    verdict,
    summary,
    notes: [...tierChangeNotes(tenant, move.tenant, ctx), ...base.notes],
    change: { tier: move.tier.name, overrides: move.spec.overrides, fields: [{ field: 'tier', from: tenant.tier.name, to: move.tier.name }, ...sizingChanges(tenant, move.tenant)] },
    recommended: move.tenant,
    migration,
  };
}

/**
 * Compares one tenant's usage with its resolved capacity and says what to change: overrides within its tier, a
 * tier up or down, or nothing. Pure: the cost of the change is worked out separately (`estimateRecommendation`).
 */
export function recommendTenant(tenant: ResolvedTenant, usage: TenantUsageRecord, ctx: RecommendContext): TenantRecommendation {
  const classes = classesIn(tenant.tier, tenant, ctx.tenants);
  const input: RuleInput = { tenant, usage, periodDays: ctx.periodDays, databaseClass: classes.database, cacheClass: classes.cache };
  const findings = RIGHTSIZING_RULES.map((rule) => rule.assess(input));
  const base = {
    tenant,
    utilization: findings.flatMap((f) => f.utilization),
    reasons: findings.flatMap((f) => f.reasons),
    notes: findings.flatMap((f) => f.notes),
  };

  const exceeds = findings.flatMap((f) => (f.exceedsTier ? [f.exceedsTier] : []));
  if (exceeds.length > 0) {
    const tried: string[] = [];
    for (const tier of tierCandidates(ctx.catalogue, tenant.tier, 'up', tenant.spec.cloud)) {
      const fit = fitTier(tier, input, ctx, SCALE_UP_BAND);
      if (fit.ok) return tierMove('tier-up', fit.move, { ...base, reasons: exceeds }, ctx);
      tried.push(`${tier.name}: ${fit.reasons.join('; ')}`);
    }
    return {
      ...base,
      verdict: 'no-tier-fits',
      summary: `no tier above ${tenant.tier.name} holds it`,
      reasons: exceeds,
      notes: [...(tried.length > 0 ? tried : [`no tier above ${tenant.tier.name} in the catalogue; define one (defineTier) or split the tenant`]), ...base.notes],
    };
  }

  const notes = [...base.notes];
  const below = findings.find((f) => f.belowTier)?.belowTier;
  const anyHigh = base.utilization.some((u) => u.level === 'high' && u.metric !== 'databaseConnections');
  if (below && !anyHigh) {
    const tried: string[] = [];
    for (const tier of tierCandidates(ctx.catalogue, tenant.tier, 'down', tenant.spec.cloud)) {
      const fit = fitTier(tier, input, ctx, TIER_DOWN_BAND);
      if (fit.ok) return tierMove('tier-down', fit.move, { ...base, reasons: [below] }, ctx);
      tried.push(`not ${tier.name}: ${fit.reasons.join('; ')}`);
    }
    notes.push(`${below}; no cheaper tier holds it with headroom${tried.length > 0 ? ` (${tried.join('. ')})` : ''}`);
  }

  const patch = mergeOverrides(...findings.map((f) => f.overrides));
  if (Object.keys(patch).length > 0) {
    const overrides = mergeOverrides(tenant.spec.overrides, patch);
    const recommended = resolved({ ...tenant.spec, overrides }, tenant, ctx);
    const fields = sizingChanges(tenant, recommended);
    return {
      ...base,
      notes,
      verdict: 'resize',
      summary: fields.map((f) => `${f.field} ${f.from} → ${f.to}`).join(', '),
      change: { overrides, fields },
      recommended,
    };
  }
  return { ...base, notes, verdict: 'fits', summary: 'fits' };
}
