import type { Framework } from './enums';

/** A minimum a framework sets, with where it comes from. */
export interface FrameworkFloor {
  readonly days: number;
  readonly source: string;
}

/**
 * Log retention each framework requires of a tenant that claims it. A tenant's logs are kept for the longest of its
 * tier's retention, its security level's floor and these.
 */
export const FRAMEWORK_LOG_RETENTION: Readonly<Record<Framework, FrameworkFloor>> = {
  hipaa: { days: 2192, source: 'HIPAA 164.316(b)(2)(i): retain required documentation, audit records included, 6 years' },
  'pci-dss': { days: 365, source: 'PCI DSS v4.0 Req. 10.5.1: retain audit log history for at least 12 months' },
  soc2: { days: 365, source: 'SOC 2 CC7.2 / CC4.1: evidence for a 12-month Type II observation period' },
  gdpr: { days: 7, source: 'GDPR Art. 5(1)(e) storage limitation: no minimum; keep no longer than needed' },
  sox: { days: 2557, source: 'SOX 802 / SEC Rule 2-06 of Regulation S-X: retain audit records 7 years' },
  iso27001: { days: 90, source: 'ISO/IEC 27001:2022 A.8.15 leaves retention to the organisation; 90 days is this library’s floor' },
};

/** The longest log retention the claimed frameworks require, days (0 when none is claimed). */
export function frameworkLogRetentionFloor(frameworks: readonly Framework[]): number {
  return Math.max(0, ...frameworks.map((f) => FRAMEWORK_LOG_RETENTION[f].days));
}
