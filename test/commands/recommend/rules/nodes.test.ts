import { resolveTenant } from '../../../../lib/model/resolve';
import { mergeOverrides } from '../../../../commands/recommend/model';
import { assessNodes, fitNodes, nodeCounts, nodeFloor } from '../../../../commands/recommend/rules/nodes';
import { SCALE_UP_BAND, TIER_DOWN_BAND } from '../../../../commands/recommend/thresholds';
import { tiers } from '../../../../tiers';
import { ruleInput, tenantOf, usageOf } from '../fixtures';

// Premium on AWS (4 vCPU / 8 GiB nodes) holds 6.34 cores at 2 nodes, 10.01 at 3, 13.68 at 4, 17.35 at 5, 21.02 at 6
// (its bound); memory 11.06, 17.59, 24.12 GiB at 2, 3, 4 nodes.
const premium = tenantOf({ tier: 'premium' });

describe('assessNodes', () => {
  it('reports CPU and memory against the quota and changes nothing in the band', () => {
    const finding = assessNodes(ruleInput(premium, usageOf({ cpu: [3, 4], memory: [5, 6] })));
    expect(finding.utilization.map((u) => [u.metric, u.capacity, u.level])).toEqual([
      ['cpu', 6.34, 'ok'],
      ['memory', 11.06, 'ok'],
    ]);
    expect(finding.overrides).toBeUndefined();
    expect(finding.exceedsTier).toBeUndefined();
  });

  it('raises nodes.min to the smallest count that brings a high p95 back into the band', () => {
    const finding = assessNodes(ruleInput(premium, usageOf({ cpu: [5.4, 6] })));
    expect(finding.overrides).toEqual({ nodes: { min: 3, desired: 3, max: 5 } });
    expect(finding.reasons).toEqual(['CPU p95 5.4 of 6.34 cores (85 %) is above 80 %: nodes.min 2 → 3']);
  });

  it('raises nodes.min for a peak above 95 % even when the p95 is in the band', () => {
    const finding = assessNodes(ruleInput(premium, usageOf({ memory: [8, 10.6] })));
    expect(finding.overrides?.nodes?.min).toBe(3);
    expect(finding.reasons[0]).toMatch(/^memory max 10.6 of 11.06 GiB \(96 %\) is above 95 %/);
  });

  it('goes up to the tier bound exactly (premium: 6 nodes)', () => {
    const finding = assessNodes(ruleInput(premium, usageOf({ cpu: [16.8, 19] })));
    expect(finding.overrides).toEqual({ nodes: { min: 6, desired: 6, max: 6 } });
    expect(finding.exceedsTier).toBeUndefined();
  });

  it('asks for a tier up when even the bound is not enough', () => {
    const finding = assessNodes(ruleInput(premium, usageOf({ cpu: [16.9, 19] })));
    expect(finding.overrides).toBeUndefined();
    expect(finding.exceedsTier).toMatch(/even 6 nodes of 4 vCPU \/ 8 GiB \(the premium tier's bound\) would not bring its quota into the band$/);
  });

  it('asks a pooled tenant past its slice bound for a tier up (free: one node)', () => {
    const free = tenantOf({ tier: 'free' });
    expect(assessNodes(ruleInput(free, usageOf({ cpu: [0.9, 1] }))).exceedsTier).toMatch(/would not bring its slice into the band/);
    const standard = tenantOf({ tier: 'standard' });
    expect(assessNodes(ruleInput(standard, usageOf({ cpu: [1.8, 2], memory: [2, 3] }))).overrides).toEqual({ nodes: { min: 2, desired: 2, max: 2 } });
  });

  it('scales down by the smallest cut that brings the busier of CPU and memory back to 30 %', () => {
    const big = tenantOf({ tier: 'premium', overrides: { nodes: { min: 4, desired: 4, max: 6 } } });
    // At 4 nodes 3.5 cores is 26 %; at 3 nodes 35 %: stop there, not at the floor of 2.
    const finding = assessNodes(ruleInput(big, usageOf({ cpu: [3.5, 5], memory: [4, 5] })));
    expect(finding.overrides).toEqual({ nodes: { min: 3, desired: 3, max: 6 } });
    expect(finding.belowTier).toBeUndefined();
    expect(finding.reasons[0]).toMatch(/are below 30 % over 30 days: nodes.min 4 → 3$/);
  });

  it('never scales below the tier minimum, and says when the tenant is oversized even there', () => {
    const big = tenantOf({ tier: 'premium', overrides: { nodes: { min: 4, desired: 4, max: 6 } } });
    const finding = assessNodes(ruleInput(big, usageOf({ cpu: [0.5, 1], memory: [1, 2] })));
    expect(finding.overrides).toEqual({ nodes: { min: 2, desired: 2, max: 6 } });
    expect(finding.belowTier).toMatch(/stay below it at 2 node\(s\), the fewest the premium tier keeps$/);
    const atFloor = assessNodes(ruleInput(premium, usageOf({ cpu: [0.5, 1], memory: [1, 2] })));
    expect(atFloor.overrides).toBeUndefined();
    expect(atFloor.belowTier).toBeDefined();
  });

  it('does not scale down on a period shorter than four weeks', () => {
    const finding = assessNodes(ruleInput(premium, usageOf({ cpu: [0.5, 1], memory: [1, 2] }), 7));
    expect(finding.overrides).toBeUndefined();
    expect(finding.belowTier).toBeUndefined();
    expect(finding.notes[0]).toMatch(/covers 7 days; export at least 28 before scaling down$/);
  });

  it('sizes white-label (custom) nodes without a ceiling and never below one node per zone', () => {
    const partner = tenantOf({ tier: 'white-label', overrides: { nodes: { vcpu: 8, memoryGiB: 32, min: 3, desired: 3, max: 10 }, storageGb: 8000 } });
    const up = assessNodes(ruleInput(partner, usageOf({ cpu: [70, 80], memory: [100, 120] })));
    expect(up.overrides).toEqual({ nodes: { min: 12, desired: 12, max: 19 } });
    const merged = mergeOverrides(partner.spec.overrides, up.overrides);
    expect(resolveTenant({ ...partner.spec, overrides: merged }, tiers).ok).toBe(true);
    expect(nodeFloor(tiers['white-label'])).toBe(3);
    const idle = assessNodes(ruleInput(partner, usageOf({ cpu: [0.5, 1], memory: [1, 2] })));
    expect(idle.overrides).toBeUndefined();
    expect(idle.belowTier).toBeUndefined();
  });
});

describe('nodeCounts', () => {
  it('keeps the gaps above the minimum on the way up, within the ceiling, and the maximum on the way down', () => {
    expect(nodeCounts({ min: 2, desired: 3, max: 4 }, 3, 6)).toEqual({ min: 3, desired: 4, max: 5 });
    expect(nodeCounts({ min: 2, desired: 2, max: 4 }, 5, 6)).toEqual({ min: 5, desired: 5, max: 6 });
    expect(nodeCounts({ min: 4, desired: 5, max: 6 }, 2, 6)).toEqual({ min: 2, desired: 3, max: 6 });
  });
});

describe('fitNodes', () => {
  const target = (tier: keyof typeof tiers, band = SCALE_UP_BAND) => ({
    tier: tiers[tier],
    cloud: 'aws' as const,
    databaseClass: tiers[tier].database.class,
    cacheClass: tiers[tier].cache.class,
    band,
  });

  it('fits at the tier minimum without overrides, or with the smallest larger count', () => {
    expect(fitNodes(target('enterprise'), ruleInput(premium, usageOf({ cpu: [16.9, 19] })))).toEqual({ ok: true });
    expect(fitNodes(target('enterprise'), ruleInput(premium, usageOf({ cpu: [20, 22] })))).toEqual({ ok: true, overrides: { nodes: { min: 4, desired: 5, max: 9 } } });
  });

  it('needs more headroom for a tier down', () => {
    const usage = usageOf({ cpu: [4, 5], memory: [4, 5] });
    expect(fitNodes(target('premium'), ruleInput(premium, usage))).toEqual({ ok: true });
    expect(fitNodes(target('premium', TIER_DOWN_BAND), ruleInput(premium, usage))).toEqual({ ok: true, overrides: { nodes: { min: 3, desired: 3, max: 5 } } });
  });

  it('fails past the tier bound, and for tiers without a fixed node size', () => {
    expect(fitNodes(target('standard'), ruleInput(premium, usageOf({ cpu: [5, 6] })))).toEqual({
      ok: false,
      reason: "CPU and memory would need more than 2 nodes of 2 vCPU / 4 GiB (the standard tier's bound)",
    });
    expect(fitNodes(target('white-label'), ruleInput(premium, usageOf()))).toEqual({ ok: false, reason: 'the white-label tier has no fixed node size' });
  });
});
