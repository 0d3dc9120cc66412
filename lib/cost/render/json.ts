import { z } from 'zod';
import { CloudSchema } from '../../model/enums';
import type { ReportEntry } from './rows';

const CostComponentSchema = z.object({
  name: z.string(),
  quantity: z.number(),
  unit: z.string(),
  unitPrice: z.number(),
  monthlyCost: z.number(),
  usageBased: z.boolean().optional(),
  assumption: z.string().optional(),
});

const ResourceCostSchema = z.object({
  address: z.string(),
  type: z.string(),
  path: z.string().optional(),
  cloud: CloudSchema.optional(),
  region: z.string().optional(),
  status: z.enum(['priced', 'free', 'not-priced', 'missing-price', 'unknown', 'failed']),
  components: z.array(CostComponentSchema),
  monthlyCost: z.number(),
  notes: z.array(z.string()),
});

/** A `CostReport` (lib/cost/model.ts) as `renderCostJson` writes it, with the budget check synth made, if any. */
export const CostReportJsonSchema = z.object({
  name: z.string(),
  currency: z.literal('USD'),
  catalogDates: z.partialRecord(CloudSchema, z.string()),
  resources: z.array(ResourceCostSchema),
  monthlyCost: z.number(),
  usageBasedMonthlyCost: z.number(),
  notPricedTypes: z.array(z.string()),
  incomplete: z.array(z.string()),
  budget: z.object({ status: z.enum(['ok', 'warn', 'over']), budgetUsd: z.number(), percent: z.number() }).optional(),
});

/** `cost.json` beside a synthesized stack: what `renderCostJson` writes. */
export const CostFileSchema = z.object({
  currency: z.literal('USD'),
  monthlyCost: z.number(),
  reports: z.array(CostReportJsonSchema),
});
export type CostFile = z.infer<typeof CostFileSchema>;


/** JSON: `{ reports: [{ ...report, budget }], monthlyCost }`, two-space indented. */
export function renderCostJson(entries: readonly ReportEntry[]): string {
  const reports = entries.map(({ report, budget }) => ({ ...report, ...(budget ? { budget } : {}) }));
  const monthlyCost = entries.reduce((s, e) => s + e.report.monthlyCost, 0);
  return JSON.stringify({ currency: 'USD', monthlyCost, reports }, null, 2) + '\n';
}
