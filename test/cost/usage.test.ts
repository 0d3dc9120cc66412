import { DEFAULT_USAGE, tenantUsage, usageAssumptions } from '../../lib/cost/usage';
import type { ResolvedTenant } from '../../lib/model/resolve';
import { standard } from '../../tiers';

describe('usage assumptions', () => {
  it('fills in defaults', () => {
    expect(usageAssumptions({ storageGb: 5 })).toEqual({ ...DEFAULT_USAGE, storageGb: 5 });
  });

  it("take a tenant's storage and its tier's log ingestion, with per-tenant overrides on top", () => {
    const tenant = { tier: standard, sizing: { storageGb: 150 } } as unknown as ResolvedTenant;
    expect(tenantUsage(tenant)).toMatchObject({ storageGb: 150, logIngestionGb: 5 });
    expect(tenantUsage(tenant, { logIngestionGb: 50 }).logIngestionGb).toBe(50);
  });
});
