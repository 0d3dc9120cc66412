import { checkResidency } from '../../private/residency';
import { AWS } from '../../private/providers';
import { defineRule } from '../../rule';

/** Resource attributes that place an AWS resource in a region other than its provider's. */
const REGION_ATTRIBUTES = ['region', 'availability_zone', 'destination_region'];

/** Every AWS provider (and resource that names a region) is in one of the pack's allowed regions. */
export const dataResidency = defineRule(__filename, {
  description: 'AWS providers and regional resources stay in the allowed regions',
  category: 'residency',
  severity: 'error',
  fix: 'Set the provider region (tenant region) to an allowed region, or document a transfer basis (transferBasis option / suppression)',
  understands: [
    { form: 'provider "aws" region', providers: AWS },
    // aws 6.0 upgrade guide, "Enhanced Region Support": most resources take their own `region`.
    { form: '<resource>.region (per-resource region), availability_zone, destination_region', providers: 'aws 6.x (region); aws 4.x–6.x (the others)' },
  ],
  check: (doc, params) => checkResidency(doc, params, { provider: 'aws', resourcePrefix: 'aws_', attributes: REGION_ATTRIBUTES }),
});
