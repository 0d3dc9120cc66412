import { PRICE_CATALOGS, PriceCatalogError, loadPriceCatalog } from '../../../lib/cost/catalog';

describe('price catalogues', () => {
  it('load and validate the built-in catalogues, each dated and sourced in USD', () => {
    for (const catalog of Object.values(PRICE_CATALOGS)) {
      expect(catalog.currency).toBe('USD');
      expect(catalog.effectiveDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(catalog.source.length).toBeGreaterThan(10);
    }
    expect(Object.keys(PRICE_CATALOGS)).toEqual(['aws', 'azure', 'gcp']);
  });

  it('throws a PriceCatalogError naming the invalid field', () => {
    expect(() => loadPriceCatalog({ cloud: 'aws' }, 'my.ts')).toThrow(PriceCatalogError);
    expect(() => loadPriceCatalog({ cloud: 'aws' }, 'my.ts')).toThrow(/my.ts is invalid: currency/);
  });
});
