import { AZURE_CACHE_SKUS, AZURE_DATABASE_SKUS, AZURE_NODE_SIZES, azureNodeSize, azureRedisSku, flexibleServerStorageMb } from '../../lib/azure/sizes';
import { azurePrices } from '../../lib/cost/catalog/azure';
import { CACHE_CLASSES, DATABASE_CLASSES } from '../../lib/model/enums';
import { tiers } from '../../tiers';

describe('Azure sizes', () => {
  it.each([
    [1, 1, 'Standard_B2s'],
    [2, 4, 'Standard_B2s'],
    [2, 8, 'Standard_D2s_v5'],
    [4, 8, 'Standard_F4s_v2'],
    [8, 32, 'Standard_D8s_v5'],
    [16, 64, 'Standard_D16s_v5'],
    [3, 10, 'Standard_D4s_v5'],
  ])('%d vCPU / %d GiB runs on %s', (vcpu, memory, size) => {
    expect(azureNodeSize(vcpu, memory)).toBe(size);
  });

  it('gives every fixed tier a VM size', () => {
    for (const tier of Object.values(tiers)) {
      if (tier.nodes !== 'custom') expect(azureNodeSize(tier.nodes.vcpu, tier.nodes.memoryGiB)).toMatch(/^Standard_/);
    }
  });

  it('says how to fix a node too large for any size', () => {
    expect(() => azureNodeSize(512, 4096)).toThrow(/no Azure VM size has 512 vCPU \/ 4096 GiB .*lower overrides\.nodes\.vcpu/);
  });

  it('maps every database and cache class', () => {
    expect(Object.keys(AZURE_DATABASE_SKUS).sort()).toEqual([...DATABASE_CLASSES].sort());
    expect(Object.keys(AZURE_CACHE_SKUS).sort()).toEqual([...CACHE_CLASSES].sort());
  });

  it('moves a Basic cache with a replica to Standard and refuses more replicas than the SKU has', () => {
    expect(azureRedisSku('cache-small', 0)).toEqual({ skuName: 'Basic', family: 'C', capacity: 1 });
    expect(azureRedisSku('cache-small', 1)).toEqual({ skuName: 'Standard', family: 'C', capacity: 1 });
    expect(azureRedisSku('cache-large', 2)).toEqual({ skuName: 'Premium', family: 'P', capacity: 2 });
    expect(() => azureRedisSku('cache-micro', 2)).toThrow(/at most one replica.*use cache-medium or larger/);
  });

  it('rounds database storage up to a size Flexible Server offers', () => {
    expect(flexibleServerStorageMb(20)).toBe(32768);
    expect(flexibleServerStorageMb(100)).toBe(131072);
    expect(flexibleServerStorageMb(500)).toBe(524288);
    expect(() => flexibleServerStorageMb(40000)).toThrow(/at most 32 TiB/);
  });

  it('prices every size it can pick in the cost catalogue', () => {
    const regions = azurePrices.regions as Record<string, Record<string, Record<string, number>>>;
    for (const region of Object.values(regions)) {
      for (const sku of Object.values(AZURE_DATABASE_SKUS)) expect(region['postgres-flexible'][sku]).toBeGreaterThan(0);
      for (const size of AZURE_NODE_SIZES) expect(region.vm[size.name]).toBeGreaterThan(0);
      for (const c of Object.values(AZURE_CACHE_SKUS)) expect(region.redis[`${c.skuName}-${c.family}${c.capacity}`]).toBeGreaterThan(0);
    }
  });
});
