import { FRAMEWORK_LOG_RETENTION } from '../../model/frameworks';
import type { Pack } from './pack';

/**
 * SOX section 404 IT general controls, by COBIT 2019 objective (PCAOB AS 2201 auditors commonly test ITGCs
 * against COBIT). Allowed from the enterprise tier (`maximum` security).
 */
export const sox: Pack = {
  id: 'sox',
  name: 'SOX (ITGC, COBIT 2019)',
  source: 'Sarbanes-Oxley Act s.404; ISACA COBIT 2019',
  thresholds: {
    // The floor a tenant claiming the framework is raised to (lib/model/frameworks.ts): one source for both.
    minLogRetentionDays: { value: FRAMEWORK_LOG_RETENTION.sox.days, source: FRAMEWORK_LOG_RETENTION.sox.source },
    minBackupRetentionDays: { value: 30, source: 'No statutory period; 30 days spans a monthly financial close (tiers/enterprise.ts)' },
    maxKeyRotationDays: { value: 365, source: 'NIST SP 800-57 symmetric key cryptoperiod (1 year)' },
  },
  categories: {
    'encryption-at-rest': { level: 'error', controls: ['DSS05.03', 'DSS06.06'] },
    'customer-managed-key': { level: 'error', controls: ['DSS05.03'] },
    'key-rotation': { level: 'error', controls: ['DSS05.03'] },
    'encryption-in-transit': { level: 'error', controls: ['DSS05.02'] },
    'public-exposure': { level: 'error', controls: ['DSS05.02'] },
    'private-endpoint': { level: 'error', controls: ['DSS05.02'] },
    'audit-logging': { level: 'error', controls: ['DSS05.07'] },
    'extended-logging': { level: 'error', controls: ['DSS05.07'] },
    'log-retention': { level: 'warning', controls: ['DSS05.07', 'MEA02.01'] },
    backup: { level: 'error', controls: ['DSS04.07'] },
    'high-availability': { level: 'error', controls: ['DSS04.03'] },
    'deletion-protection': { level: 'error', controls: ['DSS04.07', 'DSS06.06'] },
    'network-policy': { level: 'error', controls: ['DSS05.02'] },
    identity: { level: 'error', controls: ['DSS05.04'] },
    hardening: { level: 'error', controls: ['BAI10.02'] },
  },
};
