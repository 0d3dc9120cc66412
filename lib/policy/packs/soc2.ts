import { FRAMEWORK_LOG_RETENTION } from '../../model/frameworks';
import type { Pack } from './pack';

/** SOC 2 Trust Services Criteria (2017, revised points of focus 2022). Allowed from the standard tier (`enhanced`). */
export const soc2: Pack = {
  id: 'soc2',
  name: 'SOC 2',
  source: 'AICPA Trust Services Criteria (TSP section 100)',
  thresholds: {
    // The floor a tenant claiming the framework is raised to (lib/model/frameworks.ts): one source for both.
    minLogRetentionDays: { value: FRAMEWORK_LOG_RETENTION.soc2.days, source: FRAMEWORK_LOG_RETENTION.soc2.source },
    minBackupRetentionDays: { value: 7, source: 'A1.2 sets no period; the standard tier keeps 7 days (tiers/standard.ts)' },
  },
  categories: {
    'encryption-at-rest': { level: 'error', controls: ['CC6.1'] },
    'customer-managed-key': { level: 'warning', controls: ['CC6.1'] },
    'key-rotation': { level: 'warning', controls: ['CC6.1'] },
    'encryption-in-transit': { level: 'error', controls: ['CC6.7'] },
    'public-exposure': { level: 'error', controls: ['CC6.6'] },
    'private-endpoint': { level: 'warning', controls: ['CC6.6'] },
    'audit-logging': { level: 'error', controls: ['CC7.2'] },
    'extended-logging': { level: 'error', controls: ['CC7.2'] },
    'log-retention': { level: 'warning', controls: ['CC7.2'] },
    backup: { level: 'error', controls: ['A1.2'] },
    'high-availability': { level: 'warning', controls: ['A1.2'] },
    'deletion-protection': { level: 'warning', controls: ['A1.2'] },
    'network-policy': { level: 'error', controls: ['CC6.6'] },
    identity: { level: 'error', controls: ['CC6.1'] },
    hardening: { level: 'error', controls: ['CC7.1'] },
  },
};
