import { FRAMEWORK_LOG_RETENTION } from '../../model/frameworks';
import type { Pack } from './pack';

/** PCI DSS v4.0. Allowed from the enterprise tier (`maximum` security). Backups and availability are not PCI requirements. */
export const pciDss: Pack = {
  id: 'pci-dss',
  name: 'PCI DSS v4.0',
  source: 'PCI DSS v4.0 (March 2022)',
  thresholds: {
    // The floor a tenant claiming the framework is raised to (lib/model/frameworks.ts): one source for both.
    minLogRetentionDays: { value: FRAMEWORK_LOG_RETENTION['pci-dss'].days, source: FRAMEWORK_LOG_RETENTION['pci-dss'].source },
    maxKeyRotationDays: { value: 365, source: 'Req. 3.6.1.4/3.7.4: keys changed at the end of a defined cryptoperiod (NIST SP 800-57: 1 year)' },
  },
  categories: {
    'encryption-at-rest': { level: 'error', controls: ['3.5.1'] },
    'customer-managed-key': { level: 'error', controls: ['3.5.1', '3.6.1'] },
    'key-rotation': { level: 'error', controls: ['3.7.4'] },
    'encryption-in-transit': { level: 'error', controls: ['4.2.1'] },
    'public-exposure': { level: 'error', controls: ['1.3.1', '1.4.4'] },
    'private-endpoint': { level: 'error', controls: ['1.4.1', '1.4.4'] },
    'audit-logging': { level: 'error', controls: ['10.2.1'] },
    'extended-logging': { level: 'error', controls: ['10.2.1', '10.2.2'] },
    'log-retention': { level: 'error', controls: ['10.5.1'] },
    'network-policy': { level: 'error', controls: ['1.3.1', '1.4.1'] },
    identity: { level: 'error', controls: ['7.2.1', '8.6.3'] },
    hardening: { level: 'error', controls: ['2.2.1', '6.3.3'] },
  },
};
