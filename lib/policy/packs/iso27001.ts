import { FRAMEWORK_LOG_RETENTION } from '../../model/frameworks';
import type { Pack } from './pack';

/** ISO/IEC 27001:2022 Annex A controls. Allowed from the premium tier (`advanced` security). */
export const iso27001: Pack = {
  id: 'iso27001',
  name: 'ISO/IEC 27001:2022',
  source: 'ISO/IEC 27001:2022 Annex A',
  thresholds: {
    // The floor a tenant claiming the framework is raised to (lib/model/frameworks.ts): one source for both.
    minLogRetentionDays: { value: FRAMEWORK_LOG_RETENTION.iso27001.days, source: FRAMEWORK_LOG_RETENTION.iso27001.source },
    minBackupRetentionDays: { value: 7, source: 'A.8.13 leaves retention to the backup policy; one week is this library’s floor' },
    maxKeyRotationDays: { value: 365, source: 'A.8.24 key management; NIST SP 800-57 symmetric key cryptoperiod (1 year)' },
  },
  categories: {
    'encryption-at-rest': { level: 'error', controls: ['A.8.24'] },
    'customer-managed-key': { level: 'error', controls: ['A.8.24'] },
    'key-rotation': { level: 'error', controls: ['A.8.24'] },
    'encryption-in-transit': { level: 'error', controls: ['A.5.14', 'A.8.24'] },
    'public-exposure': { level: 'error', controls: ['A.8.3', 'A.8.20'] },
    'private-endpoint': { level: 'error', controls: ['A.8.20'] },
    'audit-logging': { level: 'error', controls: ['A.8.15'] },
    'extended-logging': { level: 'error', controls: ['A.8.15', 'A.8.16'] },
    'log-retention': { level: 'error', controls: ['A.8.15'] },
    backup: { level: 'error', controls: ['A.8.13'] },
    'high-availability': { level: 'warning', controls: ['A.8.14'] },
    'deletion-protection': { level: 'error', controls: ['A.8.13'] },
    'network-policy': { level: 'error', controls: ['A.8.22'] },
    identity: { level: 'error', controls: ['A.5.17', 'A.8.5'] },
    hardening: { level: 'error', controls: ['A.8.8', 'A.8.9'] },
  },
};
