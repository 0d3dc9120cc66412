import type { Cloud } from '../../model/enums';
import { formatIssues } from '../../model/errors';
import { lazyRecord } from '../../private/lazy-record';
import { awsPrices } from './aws';
import { azurePrices } from './azure';
import { gcpPrices } from './gcp';
import { PriceCatalog, PriceCatalogSchema } from './schema';

export * from './schema';

/** The price catalogue of every cloud. */
export type PriceCatalogs = Readonly<Record<Cloud, PriceCatalog>>;

/** A price catalogue that does not match the schema: a data mistake, named field by field. */
export class PriceCatalogError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PriceCatalogError';
  }
}

/**
 * Validates a catalogue (built-in or your own).
 * @throws PriceCatalogError naming each invalid field.
 */
export function loadPriceCatalog(input: unknown, label = 'price catalogue'): PriceCatalog {
  const result = PriceCatalogSchema.safeParse(input, { reportInput: true });
  if (!result.success) {
    throw new PriceCatalogError(formatIssues(result.error.issues, `${label} is invalid`));
  }
  return result.data;
}

/**
 * The built-in catalogues, each validated the first time it is read (a synth of AWS tenants never pays for
 * validating the Azure and GCP ones), so a data mistake fails every build that uses the catalogue, loudly.
 * test/cost/catalog validates all three on every test run.
 */
export const PRICE_CATALOGS: PriceCatalogs = lazyRecord({
  aws: () => loadPriceCatalog(awsPrices, 'lib/cost/catalog/aws.ts'),
  azure: () => loadPriceCatalog(azurePrices, 'lib/cost/catalog/azure.ts'),
  gcp: () => loadPriceCatalog(gcpPrices, 'lib/cost/catalog/gcp.ts'),
});
