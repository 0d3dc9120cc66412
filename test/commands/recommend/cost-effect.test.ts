import * as fs from 'fs';
import * as path from 'path';
import { App, Testing } from 'cdktf';
import { checkBudget } from '../../../lib/cost/budget';
import { estimateCost } from '../../../lib/cost/estimate';
import { tenantUsage } from '../../../lib/cost/usage';
import { gateTenantCost } from '../../../lib/cost/budget-gate';
import { estimateRecommendation, estimateTenantState, poolMembers } from '../../../commands/recommend/cost-effect';
import { recommendTenant } from '../../../commands/recommend/recommend';
import { loadTenants } from '../../../lib/model/load';
import type { ResolvedTenant } from '../../../lib/model/resolve';
import { buildApp } from '../../../stacks/app';
import { TenantStack } from '../../../stacks/tenant-stack';
import { tiers } from '../../../tiers';
import { scratchDir } from '../../util';
import { UsageFigures, tenantOf, usageOf } from './fixtures';

const recommendation = (tenant: ResolvedTenant, figures: UsageFigures, everyone = [tenant]) => {
  const usage = usageOf(figures, tenant.spec.id);
  const rec = recommendTenant(tenant, usage, { catalogue: tiers, tenants: everyone, periodDays: 30 });
  return { rec, usage, effect: estimateRecommendation(rec, usage, everyone) };
};

describe('estimateTenantState', () => {
  it('is what the estimator makes of the synthesized siloed stack', () => {
    const acme = tenantOf({ tier: 'premium' });
    const synthesized = JSON.parse(Testing.synth(new TenantStack(Testing.app(), { tenant: acme })));
    const expected = estimateCost(synthesized, { name: 'acme', usage: tenantUsage(acme) });
    const state = estimateTenantState(acme, [acme]);
    expect(state.report.monthlyCost).toBeCloseTo(expected.monthlyCost, 6);
    expect(state.report.monthlyCost).toBeGreaterThan(100);
    const check = checkBudget(expected, tiers.premium.budget, "tenant 'acme' (premium tier)");
    expect(state.check).toMatchObject({ status: check.status, budgetUsd: 3000, message: check.message });
    expect(state.check.percent).toBeCloseTo(check.percent, 6);
  });

  it("is a pooled tenant's own resources plus its share of the pool, as the synth works it out", () => {
    const dir = scratchDir({
      'tenants/initrode.yaml': 'id: initrode\ntier: free\ncloud: aws\nregion: us-east-1\n',
      'tenants/umbrella.yaml': 'id: umbrella\ntier: standard\ncloud: aws\nregion: us-east-1\n',
    });
    const everyone = loadTenants({ dir: path.join(dir, 'tenants'), catalogue: tiers });
    const app = new App({ outdir: path.join(dir, 'out') });
    const built = buildApp(app, { tenantsDir: path.join(dir, 'tenants') });
    const slice = built.sliceStacks.find((s) => s.tenant.spec.id === 'umbrella')!;
    const own = estimateCost(slice.toTerraform(), { name: 'umbrella', usage: tenantUsage(slice.tenant) });
    const expected = gateTenantCost(own, slice.tenant, built.poolStacks[0].costAllocation()).report;

    const state = estimateTenantState(everyone[1], everyone);
    expect(state.report.monthlyCost).toBeCloseTo(expected.monthlyCost, 6);
    expect(state.report.resources.some((r) => r.type === 'pool_share' && r.monthlyCost > 0)).toBe(true);
    fs.rmSync(dir, { recursive: true });
  });
});

describe('poolMembers', () => {
  it('puts the tenant in place of its own entry, or adds it when it moves into the pool', () => {
    const a = tenantOf({ tier: 'free', id: 'ta' });
    const b = tenantOf({ tier: 'standard', id: 'tb' });
    const other = tenantOf({ tier: 'free', id: 'tc', cloud: 'gcp', region: 'europe-west1' });
    const siloed = tenantOf({ tier: 'premium', id: 'td' });
    const bigger = tenantOf({ tier: 'standard', id: 'ta' });
    expect(poolMembers(bigger, [a, b, other, siloed])).toEqual([bigger, b]);
    const moving = tenantOf({ tier: 'standard', id: 'td' });
    expect(poolMembers(moving, [a, b, other, siloed])).toEqual([a, b, moving]);
  });
});

describe('estimateRecommendation', () => {
  it('costs more after adding nodes: one more node of the node group', () => {
    const { rec, effect } = recommendation(tenantOf({ tier: 'premium' }), { cpu: [5.4, 6] });
    expect(rec.verdict).toBe('resize');
    expect(effect.deltaUsd).toBeGreaterThan(0);
    expect(effect.deltaUsd).toBeCloseTo(effect.after!.report.monthlyCost - effect.now.report.monthlyCost, 6);
    const nodes = (s: typeof effect.now) => s.report.resources.find((r) => r.type === 'aws_eks_node_group')!.components[0].name;
    expect([nodes(effect.now), nodes(effect.after!)]).toEqual(['Nodes (2 x c6i.xlarge)', 'Nodes (3 x c6i.xlarge)']);
    expect(effect.after!.check.status).toBe('ok');
  });

  it('costs less after a tier down, checked against the lower tier budget', () => {
    const hooli = tenantOf({ tier: 'enterprise', cloud: 'gcp', region: 'europe-west1', compliance: ['gdpr'] });
    const { rec, effect } = recommendation(hooli, { cpu: [1.4, 2.6], memory: [4.5, 6.2], storageGb: 140, dbStorageGb: 45, dbCpu: 14 });
    expect(rec.verdict).toBe('tier-down');
    expect(effect.deltaUsd).toBeLessThan(0);
    expect(effect.after!.check.budgetUsd).toBe(tiers.premium.budget.monthlyUsd);
    expect(effect.now.check.budgetUsd).toBe(tiers.enterprise.budget.monthlyUsd);
  });

  it('costs a pooled tenant moving to a silo its own platform instead of its pool share', () => {
    const initrode = tenantOf({ tier: 'free', id: 'initrode' });
    const umbrella = tenantOf({ tier: 'standard', id: 'umbrella' });
    const { rec, effect } = recommendation(umbrella, { cpu: [3.5, 4.1], memory: [5.2, 6.8], storageGb: 70, dbStorageGb: 38 }, [initrode, umbrella]);
    expect(rec.verdict).toBe('tier-up');
    expect(effect.now.report.resources.some((r) => r.type === 'pool_share')).toBe(true);
    expect(effect.after!.report.resources.some((r) => r.type === 'pool_share')).toBe(false);
    expect(effect.after!.report.resources.some((r) => r.type === 'aws_eks_cluster')).toBe(true);
    expect(effect.deltaUsd).toBeGreaterThan(0);
  });

  it('gives only the current figure when nothing changes, with usage-priced lines on the storage actually used', () => {
    const acme = tenantOf({ tier: 'premium' });
    const small = recommendation(acme, { storageGb: 300 }).effect;
    const large = recommendation(acme, { storageGb: 700 }).effect;
    expect(small.after).toBeUndefined();
    expect(small.deltaUsd).toBeUndefined();
    expect(large.now.report.usageBasedMonthlyCost).toBeGreaterThan(small.now.report.usageBasedMonthlyCost);
  });
});
