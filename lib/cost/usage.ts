import type { ResolvedTenant } from '../model/resolve';

/** Defaults for usage nobody states: small enough not to hide a provisioned cost, large enough to show up. */
/** 100 million samples a month is about 40 samples a second: one small cluster's node and pod metrics. */
export const DEFAULT_PROMETHEUS_SAMPLES_MILLIONS = 100;
/** One person who builds dashboards. */
export const DEFAULT_GRAFANA_EDITORS = 1;
/** 10,000 Key Vault operations a month: a few applications reading secrets at start-up. */
export const DEFAULT_KEY_VAULT_OPERATIONS = 10_000;
/** Log retention assumed when a log group never expires (`retention_in_days` 0 or absent). */
export const NEVER_EXPIRE_ASSUMED_DAYS = 365;

/**
 * Monthly usage that drives usage-priced resources. Totals are per tenant (per document): when several resources
 * of a type share one (two buckets, three log groups), each gets an equal part.
 */
export interface UsageAssumptions {
  /** Object storage held, GB-month. @default 0 */
  readonly storageGb: number;
  /** Log volume ingested, GB per month. @default 0 */
  readonly logIngestionGb: number;
  /** Data through NAT gateways, GB per month. @default 0 */
  readonly natDataGb: number;
  /** Managed Prometheus metric samples ingested, millions per month. @default DEFAULT_PROMETHEUS_SAMPLES_MILLIONS */
  readonly prometheusSamplesMillions: number;
  /** Managed Grafana editors/admins. @default DEFAULT_GRAFANA_EDITORS */
  readonly grafanaEditors: number;
  /** Managed Grafana viewers. @default 0 */
  readonly grafanaViewers: number;
  /** Key Vault operations per month. @default DEFAULT_KEY_VAULT_OPERATIONS */
  readonly keyVaultOperations: number;
}

export const DEFAULT_USAGE: UsageAssumptions = Object.freeze({
  storageGb: 0,
  logIngestionGb: 0,
  natDataGb: 0,
  prometheusSamplesMillions: DEFAULT_PROMETHEUS_SAMPLES_MILLIONS,
  grafanaEditors: DEFAULT_GRAFANA_EDITORS,
  grafanaViewers: 0,
  keyVaultOperations: DEFAULT_KEY_VAULT_OPERATIONS,
});

/** Fills in the defaults. */
export function usageAssumptions(overrides: Partial<UsageAssumptions> = {}): UsageAssumptions {
  return { ...DEFAULT_USAGE, ...overrides };
}

/**
 * A tenant's usage: object storage from its resolved storage allowance (`storageGb`), log ingestion from its tier's
 * `usage.logIngestionGb`, then `overrides` (per-tenant assumptions) on top.
 */
export function tenantUsage(tenant: ResolvedTenant, overrides: Partial<UsageAssumptions> = {}): UsageAssumptions {
  return usageAssumptions({
    storageGb: tenant.sizing.storageGb,
    logIngestionGb: tenant.tier.usage.logIngestionGb,
    ...overrides,
  });
}
