import { checkResidency } from '../../private/residency';
import { GOOGLE } from '../../private/providers';
import { defineRule } from '../../rule';

/** Resource attributes that place a Google resource. */
const LOCATION_ATTRIBUTES = ['region', 'location', 'zone'];

/** Every google provider and located resource is in one of the pack's allowed regions (or EU multi-regions). */
export const dataResidency = defineRule(__filename, {
  description: 'Google providers and resources stay in the allowed regions',
  category: 'residency',
  severity: 'error',
  fix: 'Set the provider region and resource region/location (tenant region) to an allowed region, or document a transfer basis',
  understands: [{ form: 'provider "google" region; <resource>.region, location, zone', providers: GOOGLE }],
  check: (doc, params) => checkResidency(doc, params, { provider: 'google', resourcePrefix: 'google_', attributes: LOCATION_ATTRIBUTES }),
});
