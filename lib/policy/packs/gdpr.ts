import { EU_REGIONS } from '../../model/regions';
import type { Pack } from './pack';

/** Google multi- and dual-regions inside the EU. */
const GCP_EU_MULTI_REGIONS = ['eu', 'eur3', 'eur4', 'eur5', 'eur7', 'eur8'];

/**
 * GDPR (Regulation (EU) 2016/679). Allowed on every tier, so only what the free tier (`basic`) does is an error.
 * Residency: personal data stays in the EU/EEA (or an adequacy country, see EU_REGIONS) unless the tenant documents a
 * transfer basis (Art. 46 SCCs, BCRs), passed as the `transferBasis` option, which turns residency findings into
 * suppressed ones.
 */
export const gdpr: Pack = {
  id: 'gdpr',
  name: 'GDPR',
  source: 'Regulation (EU) 2016/679',
  thresholds: {
    minBackupRetentionDays: { value: 1, source: 'Art. 32(1)(c) requires timely restore, no period; the free tier keeps 1 day' },
    allowedRegions: {
      value: [...EU_REGIONS.aws, ...EU_REGIONS.azure, ...EU_REGIONS.gcp, ...GCP_EU_MULTI_REGIONS],
      source: 'Art. 44-45: EU/EEA regions and adequacy countries (UK, Switzerland) in lib/model/regions.ts EU_REGIONS',
    },
  },
  categories: {
    'encryption-at-rest': { level: 'error', controls: ['Art. 32(1)(a)'] },
    'customer-managed-key': { level: 'warning', controls: ['Art. 32(1)(a)'] },
    'key-rotation': { level: 'warning', controls: ['Art. 32(1)(a)'] },
    'encryption-in-transit': { level: 'error', controls: ['Art. 32(1)(a)'] },
    'public-exposure': { level: 'error', controls: ['Art. 25(2)', 'Art. 32(1)(b)'] },
    'private-endpoint': { level: 'warning', controls: ['Art. 32(1)(b)'] },
    'audit-logging': { level: 'error', controls: ['Art. 32(1)(b)', 'Art. 33'] },
    'extended-logging': { level: 'warning', controls: ['Art. 32(1)(b)'] },
    backup: { level: 'error', controls: ['Art. 32(1)(c)'] },
    'high-availability': { level: 'warning', controls: ['Art. 32(1)(b)'] },
    'deletion-protection': { level: 'warning', controls: ['Art. 32(1)(c)'] },
    'network-policy': { level: 'error', controls: ['Art. 32(1)(b)'] },
    identity: { level: 'error', controls: ['Art. 32(1)(b)'] },
    hardening: { level: 'error', controls: ['Art. 32(1)(b)'] },
    residency: { level: 'error', controls: ['Art. 44', 'Art. 46'] },
  },
};
