import { assessDatabaseStorage, fitDatabaseStorage } from '../../../../commands/recommend/rules/database-storage';
import { TIER_DOWN_BAND } from '../../../../commands/recommend/thresholds';
import { ruleInput, tenantOf, usageOf } from '../fixtures';
import { targetOf } from './target';

describe('assessDatabaseStorage', () => {
  const premium = tenantOf({ tier: 'premium' }); // 100 GB, bound 500

  it('raises database.storageGb to bring it back to 80 %', () => {
    const finding = assessDatabaseStorage(ruleInput(premium, usageOf({ dbStorageGb: 95 })));
    expect(finding.overrides).toEqual({ database: { storageGb: 120 } });
    expect(finding.reasons).toEqual(['database storage used 95 of 100 GB (95 %) is above 80 %: database.storageGb 100 → 120']);
  });

  it('grows by at least 10 % (RDS refuses less)', () => {
    const enterprise = tenantOf({ tier: 'enterprise' }); // 500 GB, bound 2000
    expect(assessDatabaseStorage(ruleInput(enterprise, usageOf({ dbStorageGb: 401 }))).overrides).toEqual({ database: { storageGb: 550 } });
  });

  it('asks for a tier up past the bound', () => {
    const full = tenantOf({ tier: 'premium', overrides: { database: { storageGb: 500 } } });
    expect(assessDatabaseStorage(ruleInput(full, usageOf({ dbStorageGb: 450 }))).exceedsTier).toMatch(/570 GB would pass the premium tier's bound of 500 GB$/);
  });

  it('never shrinks allocated storage', () => {
    const finding = assessDatabaseStorage(ruleInput(premium, usageOf({ dbStorageGb: 5 })));
    expect(finding.overrides).toBeUndefined();
    expect(finding.notes[0]).toMatch(/cannot shrink in place$/);
  });
});

describe('fitDatabaseStorage', () => {
  it('keeps what is allocated now in a lower tier, within its bound', () => {
    const enterprise = tenantOf({ tier: 'enterprise' });
    expect(fitDatabaseStorage(targetOf('premium', TIER_DOWN_BAND), ruleInput(enterprise, usageOf({ dbStorageGb: 40 })))).toEqual({
      ok: true,
      overrides: { database: { storageGb: 500 } },
    });
    expect(fitDatabaseStorage(targetOf('standard', TIER_DOWN_BAND), ruleInput(enterprise, usageOf({ dbStorageGb: 40 })))).toEqual({
      ok: false,
      reason: "database storage needs 500 GB allocated now (it cannot shrink), more than the standard tier's bound of 100 GB",
    });
  });

  it("needs no override when the tier's own storage holds it", () => {
    const standard = tenantOf({ tier: 'standard' });
    expect(fitDatabaseStorage(targetOf('premium'), ruleInput(standard, usageOf({ dbStorageGb: 45 })))).toEqual({ ok: true });
  });
});
