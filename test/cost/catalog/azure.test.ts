import { PRICE_CATALOGS } from '../../../lib/cost/catalog';

/**
 * What the library's Azure size tables may produce (issue 6). When lib/azure/sizes.ts lands, read its tables here
 * instead, as test/cost/catalog/aws.test.ts does.
 */
const VM_SIZES = ['Standard_B2s', 'Standard_D2s_v5', 'Standard_D4s_v5', 'Standard_D8s_v5', 'Standard_D16s_v5', 'Standard_D32s_v5', 'Standard_E4s_v5', 'Standard_E8s_v5', 'Standard_E16s_v5', 'Standard_F4s_v2'];
const POSTGRES_SKUS = ['B_Standard_B1ms', 'B_Standard_B2s', 'GP_Standard_D2ds_v5', 'GP_Standard_D4ds_v5', 'GP_Standard_D8ds_v5', 'GP_Standard_D16ds_v5', 'GP_Standard_D32ds_v5'];
const REDIS_SKUS = ['Basic-C0', 'Basic-C1', 'Standard-C1', 'Standard-C2', 'Premium-P1', 'Premium-P2', 'Premium-P3'];

describe('Azure price catalogue', () => {
  it.each(['eastus', 'westeurope', 'northeurope'])('prices every VM, PostgreSQL and Redis SKU the library generates in %s', (region) => {
    const prices = PRICE_CATALOGS.azure.regions[region];
    const missing = [
      ...VM_SIZES.filter((s) => prices?.vm[s] === undefined),
      ...POSTGRES_SKUS.filter((s) => prices?.['postgres-flexible'][s] === undefined),
      ...REDIS_SKUS.filter((s) => prices?.redis[s] === undefined),
    ];
    expect(missing).toEqual([]);
  });
});
