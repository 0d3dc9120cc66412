import { FRAMEWORK_LOG_RETENTION } from '../../model/frameworks';
import type { Pack } from './pack';

/** HIPAA Security Rule, 45 CFR Part 164 Subpart C. Allowed from the premium tier (`advanced` security). */
export const hipaa: Pack = {
  id: 'hipaa',
  name: 'HIPAA Security Rule',
  source: '45 CFR 164.308-164.316',
  thresholds: {
    // The floor a tenant claiming the framework is raised to (lib/model/frameworks.ts): one source for both.
    minLogRetentionDays: { value: FRAMEWORK_LOG_RETENTION.hipaa.days, source: FRAMEWORK_LOG_RETENTION.hipaa.source },
    minBackupRetentionDays: { value: 7, source: '164.308(a)(7)(ii)(A) sets no period; one week of restore points is this library’s floor' },
    maxKeyRotationDays: { value: 365, source: 'NIST SP 800-66r2 / SP 800-57 cryptoperiod guidance for symmetric keys (1 year)' },
  },
  categories: {
    'encryption-at-rest': { level: 'error', controls: ['164.312(a)(2)(iv)'] },
    'customer-managed-key': { level: 'error', controls: ['164.312(a)(2)(iv)'] },
    'key-rotation': { level: 'error', controls: ['164.312(a)(2)(iv)'] },
    'encryption-in-transit': { level: 'error', controls: ['164.312(e)(1)', '164.312(e)(2)(ii)'] },
    'public-exposure': { level: 'error', controls: ['164.312(a)(1)', '164.312(e)(1)'] },
    'private-endpoint': { level: 'error', controls: ['164.312(a)(1)'] },
    'audit-logging': { level: 'error', controls: ['164.312(b)'] },
    'extended-logging': { level: 'error', controls: ['164.312(b)', '164.308(a)(1)(ii)(D)'] },
    'log-retention': { level: 'warning', controls: ['164.316(b)(2)(i)'] },
    backup: { level: 'error', controls: ['164.308(a)(7)(ii)(A)'] },
    'high-availability': { level: 'warning', controls: ['164.308(a)(7)(ii)(C)'] },
    'deletion-protection': { level: 'error', controls: ['164.308(a)(7)(ii)(A)', '164.312(c)(1)'] },
    'network-policy': { level: 'error', controls: ['164.312(a)(1)'] },
    identity: { level: 'error', controls: ['164.312(a)(2)(i)', '164.312(d)'] },
    hardening: { level: 'error', controls: ['164.308(a)(5)(ii)(B)'] },
  },
};
