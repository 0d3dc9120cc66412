import { defineTier, TierInput } from '../../lib/model/tier';
import { tiers } from '../../tiers';
import { premium } from '../../tiers/premium';

describe('built-in tiers', () => {
  it('are the six tiers, cheapest first', () => {
    expect(Object.keys(tiers)).toEqual(['free', 'standard', 'premium', 'enterprise', 'enterprise-plus', 'white-label']);
  });

  // The ladder of total capacity at the desired node count, from the tier definitions.
  it.each([
    ['free', 1, 1],
    ['standard', 2, 4],
    ['premium', 8, 16],
    ['enterprise', 32, 128],
    ['enterprise-plus', 128, 512],
  ])('%s totals %d vCPU / %d GiB', (name, vcpu, memory) => {
    const nodes = tiers[name].nodes;
    if (nodes === 'custom') throw new Error('expected fixed nodes');
    expect(nodes.vcpu * nodes.desired).toBe(vcpu);
    expect(nodes.memoryGiB * nodes.desired).toBe(memory);
  });

  it('white-label has no fixed size or ceiling', () => {
    expect(tiers['white-label'].nodes).toBe('custom');
    expect(tiers['white-label'].storageGb).toBe('custom');
    expect(tiers['white-label'].limits).toEqual({});
  });

  it.each([
    ['free', 10],
    ['standard', 100],
    ['premium', 1000],
    ['enterprise', 5000],
    ['enterprise-plus', 50000],
  ])('%s stores %d GB', (name, gb) => {
    expect(tiers[name].storageGb).toBe(gb);
  });

  it('pools free and standard, silos premium and up', () => {
    const isolation = Object.fromEntries(Object.values(tiers).map((t) => [t.name, t.isolation]));
    expect(isolation).toEqual({
      free: 'pooled',
      standard: 'pooled',
      premium: 'siloed',
      enterprise: 'siloed',
      'enterprise-plus': 'siloed',
      'white-label': 'siloed',
    });
  });

  it('runs data services multi-AZ from enterprise up, across three zones from premium up', () => {
    const resilient = Object.values(tiers).filter((t) => t.availability.zoneResilient).map((t) => t.name);
    expect(resilient).toEqual(['enterprise', 'enterprise-plus', 'white-label']);
    expect(tiers.standard.availability.zones).toBe(2);
    expect(tiers.premium.availability.zones).toBe(3);
  });

  it('climbs the security ladder one level per tier', () => {
    expect(Object.values(tiers).map((t) => t.security.level)).toEqual([
      'basic',
      'enhanced',
      'advanced',
      'maximum',
      'military',
      'classified',
    ]);
  });

  it('grows budgets with the tier', () => {
    const budgets = Object.values(tiers).map((t) => t.budget.monthlyUsd);
    expect([...budgets].sort((a, b) => a - b)).toEqual(budgets);
  });

  it('lets only regulated tiers claim HIPAA and PCI DSS', () => {
    expect(tiers.free.compliance.allowed).not.toContain('hipaa');
    expect(tiers.standard.compliance.allowed).not.toContain('pci-dss');
    expect(tiers.enterprise.compliance.allowed).toEqual(expect.arrayContaining(['hipaa', 'pci-dss', 'sox']));
  });
});

describe('defineTier', () => {
  const custom: TierInput = { ...premium, name: 'gold' };

  it('accepts a custom tier and applies defaults', () => {
    const { budget, ...rest } = custom;
    const tier = defineTier({ ...rest, budget: { monthlyUsd: budget.monthlyUsd } });
    expect(tier.name).toBe('gold');
    expect(tier.budget.warnAtPercent).toBe(80);
  });

  it('rejects node counts out of order, naming the tier and field', () => {
    expect(() => defineTier({ ...custom, nodes: { vcpu: 2, memoryGiB: 4, min: 3, desired: 2, max: 4 } })).toThrow(
      /tier 'gold' is invalid: nodes: node counts must satisfy min <= desired <= max/,
    );
  });

  it('rejects unknown fields', () => {
    expect(() => defineTier({ ...custom, colour: 'gold' } as TierInput)).toThrow(/tier 'gold' is invalid:[\s\S]*colour/);
  });

  it('rejects a log retention no cloud accepts', () => {
    expect(() =>
      defineTier({ ...custom, monitoring: { ...custom.monitoring, logRetentionDays: 45 as 30 } }),
    ).toThrow(/monitoring.logRetentionDays/);
  });

  it('rejects backup retention beyond 35 days', () => {
    expect(() => defineTier({ ...custom, database: { ...custom.database, backupRetentionDays: 36 } })).toThrow(
      /database.backupRetentionDays/,
    );
  });
});
