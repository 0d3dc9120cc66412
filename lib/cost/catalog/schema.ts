import { z } from 'zod';
import { CloudSchema } from '../../model/enums';

/** Hours in a billing month, as every cloud's pricing calculator counts them: monthly = hourly x 730. */
export const HOURS_PER_MONTH = 730;

/** Days in a billing month of 730 hours: converts retention days to months of stored data. */
export const DAYS_PER_MONTH = HOURS_PER_MONTH / 24;

/** What one price in a table is charged per. */
export const PRICE_UNITS = [
  'hour',
  'month',
  'GB-month',
  'GB',
  'vCPU-hour',
  'GB-hour',
  'user-month',
  'million-samples',
  '10k-operations',
] as const;
export const PriceUnitSchema = z.enum(PRICE_UNITS);
export type PriceUnit = z.infer<typeof PriceUnitSchema>;

/** A named price table: every price in it has the same unit. */
export const PriceTableSchema = z.strictObject({
  unit: PriceUnitSchema,
  /** What the table prices, for people reading the data. */
  description: z.string().min(1),
});

/** Prices of one region: table name -> key (instance type, SKU, tier...) -> unit price in the catalogue currency. */
export const RegionPricesSchema = z.record(z.string(), z.record(z.string(), z.number().nonnegative()));
export type RegionPrices = z.infer<typeof RegionPricesSchema>;

/** One cloud's on-demand public list prices, dated and sourced. */
export const PriceCatalogSchema = z
  .strictObject({
    cloud: CloudSchema,
    /** Every price is in this currency. */
    currency: z.literal('USD'),
    /** The date the prices were read from the source (YYYY-MM-DD). */
    effectiveDate: z.iso.date(),
    /** Where the prices come from. */
    source: z.string().min(1),
    /** The tables every region provides, with their unit. */
    tables: z.record(z.string(), PriceTableSchema),
    /** Prices per region (`us-east-1`, `westeurope`, `europe-west1`). */
    regions: z.record(z.string(), RegionPricesSchema),
  })
  .superRefine((catalog, ctx) => {
    const declared = Object.keys(catalog.tables);
    for (const [region, prices] of Object.entries(catalog.regions)) {
      for (const table of Object.keys(prices)) {
        if (!declared.includes(table)) {
          ctx.addIssue({ code: 'custom', path: ['regions', region, table], message: `table '${table}' is not declared in 'tables'; declare its unit` });
        }
      }
      for (const table of declared) {
        if (!(table in prices)) {
          ctx.addIssue({ code: 'custom', path: ['regions', region], message: `region '${region}' has no '${table}' table; add it (prices may be copied from a region with the same list price)` });
        }
      }
    }
  });

/** A validated price catalogue. */
export type PriceCatalog = z.infer<typeof PriceCatalogSchema>;
/** What a catalogue file contains. */
export type PriceCatalogInput = z.input<typeof PriceCatalogSchema>;
