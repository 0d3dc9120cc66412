import { assessStorage, fitStorage } from '../../../../commands/recommend/rules/storage';
import { TIER_DOWN_BAND } from '../../../../commands/recommend/thresholds';
import { ruleInput, tenantOf, usageOf } from '../fixtures';
import { targetOf } from './target';

const premium = tenantOf({ tier: 'premium' }); // 1000 GB, bound 2000

describe('assessStorage', () => {
  it('changes nothing in the band', () => {
    const finding = assessStorage(ruleInput(premium, usageOf({ storageGb: 800 })));
    expect(finding.utilization[0]).toMatchObject({ metric: 'storage', p95: 800, capacity: 1000, level: 'ok' });
    expect(finding.overrides).toBeUndefined();
  });

  it('raises storageGb to the smallest whole 10 GB that brings it back to 80 %', () => {
    const finding = assessStorage(ruleInput(premium, usageOf({ storageGb: 900 })));
    expect(finding.overrides).toEqual({ storageGb: 1130 });
    expect(finding.reasons).toEqual(['storage used 900 of 1000 GB (90 %) is above 80 %: storageGb 1000 → 1130']);
  });

  it('goes up to the tier bound, and past it asks for a tier up', () => {
    expect(assessStorage(ruleInput(premium, usageOf({ storageGb: 1600 }))).overrides).toEqual({ storageGb: 2000 });
    const over = assessStorage(ruleInput(premium, usageOf({ storageGb: 1601 })));
    expect(over.overrides).toBeUndefined();
    expect(over.exceedsTier).toMatch(/2010 GB would pass the premium tier's bound of 2000 GB$/);
  });

  it('never lowers the allowance, and says why', () => {
    const finding = assessStorage(ruleInput(premium, usageOf({ storageGb: 100 })));
    expect(finding.overrides).toBeUndefined();
    expect(finding.notes[0]).toMatch(/not lowered; storage bills by what is stored$/);
  });
});

describe('fitStorage', () => {
  it('fits at the tier value, raised within the bound, or not at all', () => {
    expect(fitStorage(targetOf('premium'), ruleInput(premium, usageOf({ storageGb: 800 })))).toEqual({ ok: true });
    expect(fitStorage(targetOf('premium', TIER_DOWN_BAND), ruleInput(premium, usageOf({ storageGb: 800 })))).toEqual({ ok: true, overrides: { storageGb: 1340 } });
    expect(fitStorage(targetOf('standard'), ruleInput(premium, usageOf({ storageGb: 800 })))).toEqual({
      ok: false,
      reason: "storage would need 1000 GB, more than the standard tier's bound of 200 GB",
    });
  });
});
