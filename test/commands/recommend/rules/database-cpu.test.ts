import { assessDatabaseCpu, fitDatabaseCpu } from '../../../../commands/recommend/rules/database-cpu';
import { TIER_DOWN_BAND } from '../../../../commands/recommend/thresholds';
import { ruleInput, tenantOf, usageOf } from '../fixtures';
import { targetOf } from './target';

describe('assessDatabaseCpu', () => {
  it('reports the percentage and changes nothing up to 80 %', () => {
    const finding = assessDatabaseCpu(ruleInput(tenantOf({ tier: 'premium' }), usageOf({ dbCpu: 80 })));
    expect(finding.utilization).toEqual([{ metric: 'databaseCpu', unit: 'percent', p95: 80, capacity: 100, p95Percent: 80, level: 'ok' }]);
    expect(finding.exceedsTier).toBeUndefined();
  });

  it('says the class comes from the tier and asks for a tier up when sustained above 80 %', () => {
    const finding = assessDatabaseCpu(ruleInput(tenantOf({ tier: 'premium' }), usageOf({ dbCpu: 86 })));
    expect(finding.exceedsTier).toBe('database CPU p95 86 % on db-medium is above 80 %; the class comes from the premium tier; no override changes it');
  });

  it("says a pooled tenant's figure is the shared server's", () => {
    const finding = assessDatabaseCpu(ruleInput(tenantOf({ tier: 'standard' }), usageOf({ dbCpu: 90 })));
    expect(finding.exceedsTier).toMatch(/on db-small is above 80 %; the class is the pool's .* check this tenant is the cause/);
  });
});

describe('fitDatabaseCpu', () => {
  it('projects the CPU onto the class the tenant would get', () => {
    const enterprise = tenantOf({ tier: 'enterprise' }); // db-large
    expect(fitDatabaseCpu(targetOf('premium', TIER_DOWN_BAND), ruleInput(enterprise, usageOf({ dbCpu: 30 })))).toEqual({ ok: true });
    expect(fitDatabaseCpu(targetOf('premium', TIER_DOWN_BAND), ruleInput(enterprise, usageOf({ dbCpu: 31 })))).toEqual({
      ok: false,
      reason: 'database CPU would be about 62 % on db-medium (31 % on db-large now), above 60 %',
    });
    const premium = tenantOf({ tier: 'premium' });
    expect(fitDatabaseCpu(targetOf('enterprise'), ruleInput(premium, usageOf({ dbCpu: 95 })))).toEqual({ ok: true });
  });
});
