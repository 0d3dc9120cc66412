import { PRICE_CATALOGS } from '../../../lib/cost/catalog';

/**
 * What the library's GCP size tables may produce (issue 6). When lib/gcp/sizes.ts lands, read its tables here
 * instead, as test/cost/catalog/aws.test.ts does.
 */
const MACHINE_TYPES = ['e2-small', 'e2-medium', 'e2-standard-2', 'e2-standard-4', 'n2-standard-4', 'n2-standard-8', 'n2-standard-16', 'n2-standard-32', 'n2-highmem-4', 'n2-highmem-8', 'n2-highcpu-4'];

describe('GCP price catalogue', () => {
  it.each(['us-central1', 'europe-west1', 'europe-west4'])('prices every machine type, Cloud SQL and Memorystore tier in %s', (region) => {
    const prices = PRICE_CATALOGS.gcp.regions[region];
    const missing = [
      ...MACHINE_TYPES.filter((m) => prices?.compute[m] === undefined),
      ...['sql-vcpu', 'sql-memory'].filter((t) => prices?.[t].ENTERPRISE === undefined),
      ...['M1', 'M2', 'M3', 'M4', 'M5'].filter((m) => prices?.['memorystore-basic'][m] === undefined || prices?.['memorystore-standard'][m] === undefined),
    ];
    expect(missing).toEqual([]);
  });

  it('sums vCPU and memory rates into machine prices (n2-standard-4 in us-central1)', () => {
    expect(PRICE_CATALOGS.gcp.regions['us-central1'].compute['n2-standard-4']).toBeCloseTo(4 * 0.031611 + 16 * 0.004237, 6);
  });
});
