import type { TenantInput } from '../../lib/model/tenant';
import { TerraformJson, synthTenant, tenantOf } from '../util';

/** A GCP tenant in europe-west1 (zones b, c, d), fitted to a built-in tier. */
export function gcpTenant(input: Partial<TenantInput> & { tier: string }) {
  return tenantOf({ cloud: 'gcp', region: 'europe-west1', ...input });
}

/** Synthesized JSON of a GCP tenant stack in europe-west1. */
export function synthGcp(input: Partial<TenantInput> & { tier: string }): TerraformJson {
  return synthTenant({ cloud: 'gcp', region: 'europe-west1', ...input });
}
