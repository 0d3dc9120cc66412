import type { TierTarget } from '../../../../commands/recommend/model';
import { SCALE_UP_BAND } from '../../../../commands/recommend/thresholds';
import type { Band } from '../../../../commands/recommend/thresholds';
import { tiers } from '../../../../tiers';

/** A siloed-style target: the tier with its own classes on AWS. */
export function targetOf(tier: keyof typeof tiers, band: Band = SCALE_UP_BAND, overrides: Partial<TierTarget> = {}): TierTarget {
  return { tier: tiers[tier], cloud: 'aws', databaseClass: tiers[tier].database.class, cacheClass: tiers[tier].cache.class, band, ...overrides };
}
