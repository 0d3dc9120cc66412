import * as path from 'path';
import { z } from 'zod';
import { IsolationSchema, CloudSchema } from '../../lib/model/enums';
import type { ResolvedTenant } from '../../lib/model/resolve';
import type { Tier } from '../../lib/model/tier';
import { OverridesSchema } from '../../lib/model/tenant';
import { CostEffect, CostEffectOptions, CostState, estimateRecommendation } from './cost-effect';
import { UtilizationSchema } from './model';
import { VERDICTS, recommendTenant } from './recommend';
import { selectTenants } from './select';
import { tenantFileSnippet } from './snippet';
import {
  MIN_DAYS_TO_SCALE_DOWN,
  SCALE_DOWN_P95,
  SCALE_UP_MAX,
  SCALE_UP_P95,
  TIER_DOWN_MAX,
  TIER_DOWN_P95,
} from './thresholds';
import { UsageExport, periodDays } from './usage';

/** A monthly estimate against the tier's budget. */
export const CostFigureSchema = z.strictObject({
  monthlyUsd: z.number(),
  budgetUsd: z.number(),
  budgetPercent: z.number(),
  budgetStatus: z.enum(['ok', 'warn', 'over']),
  /** Resources the estimate could not price fully (region or size missing, unknown until apply). */
  incomplete: z.array(z.string()),
  /** Resource types without an estimator. */
  notPricedTypes: z.array(z.string()),
});
export type CostFigure = z.infer<typeof CostFigureSchema>;

/** One tenant in the report. */
export const TenantReportSchema = z.strictObject({
  id: z.string(),
  /** The tenant file. */
  file: z.string(),
  tier: z.string(),
  isolation: IsolationSchema,
  cloud: CloudSchema,
  region: z.string(),
  verdict: z.enum(VERDICTS),
  /** One line: what to change, or `fits`. */
  summary: z.string(),
  reasons: z.array(z.string()),
  notes: z.array(z.string()),
  utilization: z.array(UtilizationSchema),
  change: z
    .strictObject({
      tier: z.string().optional(),
      /** The complete `overrides` block for the tenant file. */
      overrides: OverridesSchema,
      fields: z.array(z.strictObject({ field: z.string(), from: z.union([z.string(), z.number()]), to: z.union([z.string(), z.number()]) })),
      /** The YAML to put in the tenant file. */
      yaml: z.string(),
    })
    .optional(),
  migration: z.strictObject({ from: IsolationSchema, to: IsolationSchema, summary: z.string(), doc: z.string() }).optional(),
  cost: z.strictObject({
    now: CostFigureSchema,
    after: CostFigureSchema.optional(),
    /** after − now, USD per month. */
    deltaUsd: z.number().optional(),
  }),
});
export type TenantReport = z.infer<typeof TenantReportSchema>;

/** What `tenants recommend --format json` prints. */
export const RecommendReportSchema = z.strictObject({
  usageFile: z.string(),
  period: z.strictObject({ start: z.string(), end: z.string(), days: z.number() }),
  /** The band, in percent of capacity. */
  thresholds: z.strictObject({
    scaleUpP95Percent: z.number(),
    scaleUpMaxPercent: z.number(),
    scaleDownP95Percent: z.number(),
    tierDownP95Percent: z.number(),
    tierDownMaxPercent: z.number(),
    minDaysToScaleDown: z.number(),
  }),
  tenants: z.array(TenantReportSchema),
  /** Tenants of the folder without a usage record: not assessed. */
  notAssessed: z.array(z.string()),
  summary: z.strictObject({ assessed: z.number(), fits: z.number(), changes: z.number() }),
});
export type RecommendReport = z.infer<typeof RecommendReportSchema>;

export interface RecommendOptions extends CostEffectOptions {
  readonly catalogue: Readonly<Record<string, Tier>>;
  /** The tenant folder the tenants came from (messages and file names). */
  readonly tenantsDir: string;
  /** The usage file (messages). */
  readonly usageFile: string;
  /** Only these tenant ids. @default - every tenant with a usage record */
  readonly only?: readonly string[];
}

function figureOf(state: CostState): CostFigure {
  return {
    monthlyUsd: round2(state.report.monthlyCost),
    budgetUsd: state.check.budgetUsd,
    budgetPercent: Math.round(state.check.percent * 10) / 10,
    budgetStatus: state.check.status,
    incomplete: [...state.report.incomplete],
    notPricedTypes: [...state.report.notPricedTypes],
  };
}

function round2(n: number): number {
  return Math.round(n * 100) / 100;
}

function costOf(effect: CostEffect): TenantReport['cost'] {
  return {
    now: figureOf(effect.now),
    ...(effect.after ? { after: figureOf(effect.after) } : {}),
    ...(effect.deltaUsd !== undefined ? { deltaUsd: round2(effect.deltaUsd) } : {}),
  };
}

function fileOf(tenant: ResolvedTenant, tenantsDir: string): string {
  const file = tenant.file ?? path.join(tenantsDir, `${tenant.spec.id}.yaml`);
  return path.relative(process.cwd(), file) || file;
}

/**
 * Runs every rule over each selected tenant's usage, works out the cost of each recommendation from stacks built in
 * memory, and returns the report the command renders.
 * @param tenants every tenant of the folder (pools are sized from all of them)
 * @throws UsageInputError for a usage record naming no tenant, or a `--tenant` without a record.
 */
export function recommendFromUsage(usage: UsageExport, tenants: readonly ResolvedTenant[], options: RecommendOptions): RecommendReport {
  const { assessed, notAssessed } = selectTenants(usage, tenants, options);
  const ctx = { catalogue: options.catalogue, tenants, periodDays: periodDays(usage.period) };
  const reports = assessed.map(({ tenant, usage: record }): TenantReport => {
    const rec = recommendTenant(tenant, record, ctx);
    const cost = costOf(estimateRecommendation(rec, record, tenants, options));
    const yaml = tenantFileSnippet(rec);
    return {
      id: tenant.spec.id,
      file: fileOf(tenant, options.tenantsDir),
      tier: tenant.tier.name,
      isolation: tenant.tier.isolation,
      cloud: tenant.spec.cloud,
      region: tenant.spec.region,
      verdict: rec.verdict,
      summary: rec.summary,
      reasons: [...rec.reasons],
      notes: [...rec.notes],
      utilization: [...rec.utilization],
      ...(rec.change && yaml !== undefined
        ? { change: { ...(rec.change.tier ? { tier: rec.change.tier } : {}), overrides: rec.change.overrides, fields: [...rec.change.fields], yaml } }
        : {}),
      ...(rec.migration ? { migration: rec.migration } : {}),
      cost,
    };
  });
  const fits = reports.filter((r) => r.verdict === 'fits').length;
  return {
    usageFile: options.usageFile,
    period: { start: usage.period.start, end: usage.period.end, days: Math.round(ctx.periodDays * 10) / 10 },
    thresholds: {
      scaleUpP95Percent: SCALE_UP_P95 * 100,
      scaleUpMaxPercent: SCALE_UP_MAX * 100,
      scaleDownP95Percent: SCALE_DOWN_P95 * 100,
      tierDownP95Percent: TIER_DOWN_P95 * 100,
      tierDownMaxPercent: TIER_DOWN_MAX * 100,
      minDaysToScaleDown: MIN_DAYS_TO_SCALE_DOWN,
    },
    tenants: reports,
    notAssessed,
    summary: { assessed: reports.length, fits, changes: reports.length - fits },
  };
}
