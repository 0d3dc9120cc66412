import { premiumDiskTier } from '../../../../lib/cost/estimators/azure/node-pool';

describe('premiumDiskTier', () => {
  it('bills a disk as the smallest Premium SSD tier that holds it', () => {
    expect(premiumDiskTier(30)).toBe('P4');
    expect(premiumDiskTier(128)).toBe('P10');
    expect(premiumDiskTier(129)).toBe('P15');
  });
});
