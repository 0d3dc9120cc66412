import type { Tier } from '../lib/model/tier';
import { enterprise } from './enterprise';
import { enterprisePlus } from './enterprise-plus';
import { free } from './free';
import { premium } from './premium';
import { standard } from './standard';
import { whiteLabel } from './white-label';

export { free, standard, premium, enterprise, enterprisePlus, whiteLabel };

/** The built-in tier catalogue, keyed by tier name, cheapest first. */
export const tiers: Readonly<Record<string, Tier>> = Object.freeze({
  free,
  standard,
  premium,
  enterprise,
  'enterprise-plus': enterprisePlus,
  'white-label': whiteLabel,
});
