import { RecommendReportSchema, recommendFromUsage } from '../../../commands/recommend/report';
import { UsageInputError } from '../../../commands/recommend/usage';
import { tiers } from '../../../tiers';
import { tenantOf, usageOf } from './fixtures';

const period = { start: '2026-04-01', end: '2026-05-01' };
const options = { catalogue: tiers, tenantsDir: 'tenants', usageFile: 'usage.json' };

describe('recommendFromUsage', () => {
  const acme = tenantOf({ tier: 'premium', id: 'acme' });
  const globex = tenantOf({ tier: 'enterprise', id: 'globex' });
  const initrode = tenantOf({ tier: 'free', id: 'initrode' });
  const usage = {
    period,
    tenants: [usageOf({ cpu: [5.4, 6] }, 'acme'), usageOf({ cpu: [11, 15], memory: [45, 60], storageGb: 2000, dbStorageGb: 200, dbCpu: 40 }, 'globex')],
  };
  const report = recommendFromUsage(usage, [acme, globex, initrode], options);

  it('is a valid report: verdicts, figures, cost and the YAML for each change', () => {
    expect(RecommendReportSchema.parse(report)).toEqual(report);
    expect(report.tenants.map((t) => [t.id, t.verdict])).toEqual([
      ['acme', 'resize'],
      ['globex', 'fits'],
    ]);
    expect(report.summary).toEqual({ assessed: 2, fits: 1, changes: 1 });
    expect(report.notAssessed).toEqual(['initrode']);
    expect(report.period).toEqual({ ...period, days: 30 });
    expect(report.thresholds).toEqual({
      scaleUpP95Percent: 80,
      scaleUpMaxPercent: 95,
      scaleDownP95Percent: 30,
      tierDownP95Percent: 60,
      tierDownMaxPercent: 80,
      minDaysToScaleDown: 28,
    });
  });

  it('gives the change with its YAML and file, and the cost now and after with its sign', () => {
    const [a, g] = report.tenants;
    expect(a.file).toBe('tenants/acme.yaml');
    expect(a.change).toMatchObject({ overrides: { nodes: { min: 3, desired: 3, max: 5 } }, yaml: 'overrides:\n  nodes: { min: 3, desired: 3, max: 5 }\n' });
    expect(a.cost.deltaUsd).toBeGreaterThan(0);
    expect(a.cost.deltaUsd).toBeCloseTo(a.cost.after!.monthlyUsd - a.cost.now.monthlyUsd, 1);
    expect(a.cost.after).toMatchObject({ budgetUsd: 3000, budgetStatus: 'ok' });
    expect(g.change).toBeUndefined();
    expect(g.cost.after).toBeUndefined();
    expect(g.cost.now.monthlyUsd).toBeGreaterThan(1000);
  });

  it('refuses a record for a tenant that is not in the folder', () => {
    expect(() => recommendFromUsage({ period, tenants: [usageOf({}, 'wayne')] }, [acme], options)).toThrow(UsageInputError);
  });
});
