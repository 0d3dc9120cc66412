import type { Pack } from './pack';

/**
 * Always on. Errors are what every tier does by default (lib/model/security.ts, `basic` level); controls that only
 * higher security levels switch on (flow logs, every control-plane log, key rotation, customer-managed keys on
 * Azure/GCP, private-only endpoints, multi-AZ, deletion protection) are warnings here and errors in the framework
 * packs whose tiers switch them on.
 */
export const baseline: Pack = {
  id: 'baseline',
  name: 'Baseline',
  source: 'tenant-templates secure defaults (lib/model/security.ts)',
  thresholds: {
    minLogRetentionDays: { value: 7, source: 'basic security level log retention floor (lib/model/security.ts)' },
    minBackupRetentionDays: { value: 1, source: 'free tier database.backupRetentionDays (tiers/free.ts)' },
    maxKeyRotationDays: { value: 365, source: 'AWS KMS automatic rotation period (yearly)' },
  },
  categories: {
    'encryption-at-rest': { level: 'error', controls: [] },
    'customer-managed-key': { level: 'warning', controls: [] },
    'key-rotation': { level: 'warning', controls: [] },
    'encryption-in-transit': { level: 'error', controls: [] },
    'public-exposure': { level: 'error', controls: [] },
    'private-endpoint': { level: 'warning', controls: [] },
    'audit-logging': { level: 'error', controls: [] },
    'extended-logging': { level: 'warning', controls: [] },
    'log-retention': { level: 'error', controls: [] },
    backup: { level: 'error', controls: [] },
    'high-availability': { level: 'warning', controls: [] },
    'deletion-protection': { level: 'warning', controls: [] },
    'network-policy': { level: 'error', controls: [] },
    identity: { level: 'error', controls: [] },
    hardening: { level: 'error', controls: [] },
  },
  overrides: {
    // Cache snapshots cost storage the free and standard tiers do not budget for.
    'aws-elasticache-snapshot-retention': { level: 'warning' },
  },
};
