import { assessCacheMemory, fitCacheMemory } from '../../../../commands/recommend/rules/cache-memory';
import { TIER_DOWN_BAND } from '../../../../commands/recommend/thresholds';
import { ruleInput, tenantOf, usageOf } from '../fixtures';
import { targetOf } from './target';

describe('assessCacheMemory', () => {
  it('reports nothing without cache figures', () => {
    expect(assessCacheMemory(ruleInput(tenantOf({ tier: 'premium' }), usageOf()))).toEqual({ utilization: [], reasons: [], notes: [] });
  });

  it('asks for a tier up above 80 %, the class coming from the tier', () => {
    const finding = assessCacheMemory(ruleInput(tenantOf({ tier: 'premium' }), usageOf({ cache: 85 })));
    expect(finding.utilization[0]).toMatchObject({ metric: 'cacheMemory', p95: 85, level: 'high' });
    expect(finding.exceedsTier).toBe('cache memory p95 85 % on cache-medium is above 80 %; the class comes from the premium tier; no override changes it');
    expect(assessCacheMemory(ruleInput(tenantOf({ tier: 'premium' }), usageOf({ cache: 20 }))).utilization[0].level).toBe('low');
  });
});

describe('fitCacheMemory', () => {
  it("projects the memory by the classes' sizes (cache-large 13 GB, cache-medium 6 GB)", () => {
    const enterprise = tenantOf({ tier: 'enterprise' });
    expect(fitCacheMemory(targetOf('premium', TIER_DOWN_BAND), ruleInput(enterprise, usageOf({ cache: 27 })))).toEqual({ ok: true });
    expect(fitCacheMemory(targetOf('premium', TIER_DOWN_BAND), ruleInput(enterprise, usageOf({ cache: 28 })))).toEqual({
      ok: false,
      reason: 'cache memory would be about 60.67 % on cache-medium (28 % on cache-large now), above 60 %',
    });
    expect(fitCacheMemory(targetOf('premium'), ruleInput(enterprise, usageOf()))).toEqual({ ok: true });
  });
});
