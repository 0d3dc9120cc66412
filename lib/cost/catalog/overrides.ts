import { z } from 'zod';
import { CloudSchema, type Cloud } from '../../model/enums';
import { formatIssues } from '../../model/errors';
import { PriceCatalogError, PriceCatalogs, loadPriceCatalog } from './index';
import type { PriceCatalog } from './schema';

/** Your prices for one cloud: a discount on every list price, and/or exact prices by region, table and key. */
export const CloudPriceOverridesSchema = z.strictObject({
  /** A negotiated discount on every list price of the cloud, percent (e.g. an enterprise agreement). @default 0 */
  discountPercent: z.number().min(0).max(100).optional(),
  /** Exact prices replacing the catalogue's, in the catalogue's unit: region -> table -> key -> price. Applied after the discount. */
  prices: z.record(z.string(), z.record(z.string(), z.record(z.string(), z.number().nonnegative()))).optional(),
  /** Where your prices come from (a contract, a price sheet), written into every cost report. */
  source: z.string().min(1),
  /** The date your prices apply from (YYYY-MM-DD). */
  effectiveDate: z.iso.date(),
});
export type CloudPriceOverrides = z.infer<typeof CloudPriceOverridesSchema>;

/** Price overrides by cloud. */
export const PriceOverridesSchema = z.partialRecord(CloudSchema, CloudPriceOverridesSchema);
export type PriceOverrides = z.infer<typeof PriceOverridesSchema>;

/**
 * The catalogues with your prices applied: the discount to every list price, then each exact price. An exact price
 * for a region or table the catalogue does not have is an error (a typo would otherwise price nothing).
 * @throws PriceCatalogError naming the field.
 */
export function withPriceOverrides(catalogs: PriceCatalogs, overrides: PriceOverrides): PriceCatalogs {
  const parsed = PriceOverridesSchema.safeParse(overrides, { reportInput: true });
  if (!parsed.success) throw new PriceCatalogError(formatIssues(parsed.error.issues, 'price overrides are invalid'));
  const out = { ...catalogs } as Record<Cloud, PriceCatalog>;
  for (const [cloud, o] of Object.entries(parsed.data) as [Cloud, CloudPriceOverrides][]) {
    const base = catalogs[cloud];
    const factor = 1 - (o.discountPercent ?? 0) / 100;
    const regions = Object.fromEntries(
      Object.entries(base.regions).map(([region, tables]) => [
        region,
        Object.fromEntries(
          Object.entries(tables).map(([table, prices]) => [table, Object.fromEntries(Object.entries(prices).map(([k, v]) => [k, v * factor]))]),
        ),
      ]),
    ) as PriceCatalog['regions'];
    for (const [region, tables] of Object.entries(o.prices ?? {})) {
      if (!regions[region]) throw new PriceCatalogError(`price overrides: ${cloud} has no region '${region}' in its catalogue; use one of: ${Object.keys(regions).join(', ')}`);
      for (const [table, prices] of Object.entries(tables)) {
        if (!regions[region][table]) {
          throw new PriceCatalogError(`price overrides: ${cloud} ${region} has no table '${table}'; use one of: ${Object.keys(regions[region]).join(', ')}`);
        }
        regions[region][table] = { ...regions[region][table], ...prices };
      }
    }
    out[cloud] = loadPriceCatalog(
      {
        ...base,
        effectiveDate: o.effectiveDate,
        source: `${o.source} (overrides ${base.source.split('\n')[0]}, ${base.effectiveDate})`,
        regions,
      },
      `${cloud} price catalogue with overrides`,
    );
  }
  return Object.freeze(out);
}
