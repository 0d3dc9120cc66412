import { SCALE_UP_BAND, TIER_DOWN_BAND } from '../../../commands/recommend/thresholds';
import { classesIn } from '../../../commands/recommend/capacity';
import { POOL_MIGRATION_DOC, fitTier, migrationSummary, tierCandidates, tierChangeNotes } from '../../../commands/recommend/tier-change';
import { defineTier } from '../../../lib/model/tier';
import { tiers } from '../../../tiers';
import { ruleInput, tenantOf, usageOf } from './fixtures';

const ctx = (tenants = [tenantOf({ tier: 'premium' })]) => ({ catalogue: tiers, tenants, periodDays: 30 });
const idle = usageOf({ cpu: [1, 2], memory: [2, 3], storageGb: 100, dbStorageGb: 40, dbCpu: 10, cache: 10 });

describe('tierCandidates', () => {
  it('lists dearer tiers cheapest first going up, cheaper tiers dearest first going down, never white-label', () => {
    expect(tierCandidates(tiers, tiers.premium, 'up', 'aws').map((t) => t.name)).toEqual(['enterprise', 'enterprise-plus']);
    expect(tierCandidates(tiers, tiers.premium, 'down', 'aws').map((t) => t.name)).toEqual(['standard', 'free']);
    expect(tierCandidates(tiers, tiers['white-label'], 'up', 'aws')).toEqual([]);
    expect(tierCandidates(tiers, tiers['enterprise-plus'], 'up', 'aws')).toEqual([]);
  });

  it('orders by budget, not by catalogue order', () => {
    const cheap = defineTier({ ...tiers.free, name: 'trial', budget: { monthlyUsd: 50 } });
    expect(tierCandidates({ standard: tiers.standard, trial: cheap, free: tiers.free }, tiers.standard, 'down', 'aws').map((t) => t.name)).toEqual(['free', 'trial']);
  });

  it("orders by the budget on the tenant's cloud (budget.byCloud)", () => {
    const azureDear = defineTier({ ...tiers.free, name: 'trial', budget: { monthlyUsd: 50, byCloud: { azure: 150 } } });
    const catalogue = { standard: tiers.standard, trial: azureDear, free: { ...tiers.free, budget: { ...tiers.free.budget, byCloud: { azure: 120 } } } };
    expect(tierCandidates(catalogue, tiers.standard, 'down', 'aws').map((t) => t.name)).toEqual(['free', 'trial']);
    expect(tierCandidates(catalogue, tiers.standard, 'down', 'azure').map((t) => t.name)).toEqual(['trial', 'free']);
  });
});

describe('fitTier', () => {
  it('gives the tenant file for the tier, resolved', () => {
    const enterprise = tenantOf({ tier: 'enterprise', compliance: ['gdpr'] });
    const fit = fitTier(tiers.premium, ruleInput(enterprise, idle), ctx([enterprise]), TIER_DOWN_BAND);
    expect(fit.ok).toBe(true);
    if (!fit.ok) return;
    expect(fit.move.spec).toMatchObject({ tier: 'premium', overrides: { database: { storageGb: 500 } }, compliance: ['gdpr'] });
    expect(fit.move.tenant.sizing.database.storageGb).toBe(500);
  });

  it('never moves to a tier that does not allow a framework the tenant claims', () => {
    const enterprise = tenantOf({ tier: 'enterprise', compliance: ['sox', 'gdpr'] });
    const fit = fitTier(tiers.premium, ruleInput(enterprise, idle), ctx([enterprise]), TIER_DOWN_BAND);
    expect(fit).toEqual({ ok: false, reasons: ['the premium tier does not allow sox, which the tenant claims'] });
  });

  it('collects every reason a tier does not fit', () => {
    const premium = tenantOf({ tier: 'premium' });
    const fit = fitTier(tiers.standard, ruleInput(premium, usageOf({ cpu: [6, 7], memory: [5, 6], storageGb: 500, dbCpu: 70 })), ctx([premium]), SCALE_UP_BAND);
    expect(fit.ok).toBe(false);
    if (fit.ok) return;
    expect(fit.reasons).toEqual([
      "CPU and memory would need more than 2 nodes of 2 vCPU / 4 GiB (the standard tier's bound)",
      "storage would need 630 GB, more than the standard tier's bound of 200 GB",
      'database CPU would be about 140 % on db-small (70 % on db-medium now), above 80 %',
    ]);
  });

  it('keeps retention the tenant raised above the new tier, and drops it where the new tier keeps longer', () => {
    const raised = tenantOf({ tier: 'enterprise', overrides: { database: { backupRetentionDays: 35 }, logRetentionDays: 400 } });
    const down = fitTier(tiers.premium, ruleInput(raised, idle), ctx([raised]), TIER_DOWN_BAND);
    expect(down.ok && down.move.spec.overrides).toEqual({ database: { backupRetentionDays: 35, storageGb: 500 }, logRetentionDays: 400 });
    const premium = tenantOf({ tier: 'premium', overrides: { logRetentionDays: 180 } });
    const up = fitTier(tiers.enterprise, ruleInput(premium, usageOf()), ctx([premium]), SCALE_UP_BAND);
    expect(up.ok && up.move.spec.overrides).toEqual({});
  });

  it('moves a tenant into a region whose pools are full: it starts another pool, on the classes of a full one', () => {
    const peers = Array.from({ length: 50 }, (_, i) => tenantOf({ tier: 'free', id: `peer-${i}` }));
    const premium = tenantOf({ tier: 'premium' });
    const fit = fitTier(tiers.standard, ruleInput(premium, usageOf({ cpu: [0.5, 1], memory: [1, 1.5], storageGb: 20, dbStorageGb: 10 })), ctx([...peers, premium]), TIER_DOWN_BAND);
    expect(fit.ok).toBe(true);
    expect(classesIn(tiers.standard, premium, [...peers, premium])).toEqual({ database: 'db-large', cache: 'cache-medium', poolTenants: 50 });
  });
});

describe('migration and tier change notes', () => {
  const standard = tenantOf({ tier: 'standard' });
  const premium = tenantOf({ tier: 'premium' });

  it('says what a pool ↔ silo move takes, and nothing for a move within one model', () => {
    expect(migrationSummary(standard, premium)).toMatch(/^one deploy of tenant-acme destroys its slice .* pool-aws-us-east-1 loses a tenant/);
    expect(migrationSummary(premium, standard)).toMatch(/^deploy pool-aws-us-east-1 first \(it grows\), then the slice/);
    expect(migrationSummary(premium, tenantOf({ tier: 'enterprise' }))).toBeUndefined();
    expect(POOL_MIGRATION_DOC).toBe('docs/pools.md#moving-a-tenant-from-standard-to-premium-pool-to-silo');
  });

  it('lists what else changes', () => {
    expect(tierChangeNotes(tenantOf({ tier: 'enterprise' }), premium, ctx())).toEqual([
      'node size 8 vCPU / 32 GiB → 4 vCPU / 8 GiB',
      'database class db-large → db-medium',
      'cache class cache-large → cache-medium',
      'zone resilience on → off',
      'security level maximum → advanced',
      'log retention days 365 → 90',
      'backup retention days 30 → 14',
    ]);
  });
});
