import { parse, stringify } from 'yaml';
import { recommendTenant } from '../../../commands/recommend/recommend';
import type { ResolvedTenant } from '../../../lib/model/resolve';
import { resolveTenant } from '../../../lib/model/resolve';
import { TenantSchema } from '../../../lib/model/tenant';
import { tiers } from '../../../tiers';
import { UsageFigures, tenantOf, usageOf } from './fixtures';

const ctx = (tenants: ResolvedTenant[], periodDays = 30) => ({ catalogue: tiers, tenants, periodDays });
const recommend = (tenant: ResolvedTenant, figures: UsageFigures, periodDays = 30) => recommendTenant(tenant, usageOf(figures, tenant.spec.id), ctx([tenant], periodDays));

/** The recommended tenant file, written as YAML and read back, passes the schema and resolveTenant. */
function passesResolve(tenant: ResolvedTenant, change: { tier?: string; overrides: unknown }) {
  const file = parse(stringify({ ...tenant.spec, ...(change.tier ? { tier: change.tier } : {}), overrides: change.overrides }));
  const spec = TenantSchema.parse(file);
  return resolveTenant(spec, tiers);
}

describe('recommendTenant', () => {
  it('says a tenant in the band fits, with its figures', () => {
    const rec = recommend(tenantOf({ tier: 'premium' }), {});
    expect(rec.verdict).toBe('fits');
    expect(rec.summary).toBe('fits');
    expect(rec.change).toBeUndefined();
    expect(rec.recommended).toBeUndefined();
    expect(rec.utilization.map((u) => u.metric)).toEqual(['cpu', 'memory', 'storage', 'databaseStorage', 'databaseCpu']);
  });

  it('resizes within the tier with the complete overrides block, which passes resolveTenant', () => {
    const acme = tenantOf({ tier: 'premium', overrides: { nodes: { max: 6 }, logRetentionDays: 365 } });
    const rec = recommend(acme, { cpu: [5.4, 6], dbStorageGb: 95 });
    expect(rec.verdict).toBe('resize');
    expect(rec.summary).toBe('nodes.min 2 → 3, nodes.desired 2 → 3, database.storageGb 100 → 120');
    expect(rec.change?.overrides).toEqual({ nodes: { max: 6, min: 3, desired: 3 }, logRetentionDays: 365, database: { storageGb: 120 } });
    expect(rec.recommended?.sizing.nodes).toMatchObject({ min: 3, desired: 3, max: 6 });
    expect(passesResolve(acme, rec.change!).ok).toBe(true);
  });

  it('moves a tenant past its tier bound up to the smallest tier that holds it, saying it is a migration', () => {
    const umbrella = tenantOf({ tier: 'standard', compliance: ['soc2'] });
    const rec = recommend(umbrella, { cpu: [3.5, 4.1], memory: [5.2, 6.8], storageGb: 70, dbStorageGb: 38 });
    expect(rec.verdict).toBe('tier-up');
    expect(rec.summary).toBe('tier standard → premium (pooled → siloed: migration)');
    expect(rec.change).toMatchObject({ tier: 'premium', overrides: {} });
    expect(rec.migration).toMatchObject({ from: 'pooled', to: 'siloed', doc: 'docs/pools.md#moving-a-tenant-from-standard-to-premium-pool-to-silo' });
    expect(rec.reasons[0]).toMatch(/even 2 nodes of 2 vCPU \/ 4 GiB \(the standard tier's bound\)/);
    expect(passesResolve(umbrella, rec.change!).ok).toBe(true);
  });

  it('skips a tier that would need more than its bounds and takes the next', () => {
    const standard = tenantOf({ tier: 'standard' });
    // 25 cores is past premium's 6 nodes (21 cores): enterprise, with 5 nodes (37.3 cores) instead of its 3.
    const rec = recommend(standard, { cpu: [25, 27], memory: [20, 25], storageGb: 50, dbStorageGb: 20 });
    expect(rec.verdict).toBe('tier-up');
    expect(rec.change?.tier).toBe('enterprise');
    expect(rec.change?.overrides).toEqual({ nodes: { min: 5, desired: 6, max: 10 } });
  });

  it('moves up for sustained database CPU, the class coming from the tier', () => {
    const premium = tenantOf({ tier: 'premium' });
    const rec = recommend(premium, { dbCpu: 86 });
    expect(rec.verdict).toBe('tier-up');
    expect(rec.change?.tier).toBe('enterprise');
    expect(rec.reasons).toEqual(['database CPU p95 86 % on db-medium is above 80 %; the class comes from the premium tier; no override changes it']);
    expect(rec.notes).toContain('database class db-medium → db-large');
  });

  it('moves an oversized tenant down to the largest cheaper tier that holds it with headroom, keeping its database storage', () => {
    const hooli = tenantOf({ tier: 'enterprise', cloud: 'gcp', region: 'europe-west1', compliance: ['gdpr', 'iso27001'] });
    const rec = recommend(hooli, { cpu: [1.4, 2.6], memory: [4.5, 6.2], storageGb: 140, dbStorageGb: 45, dbCpu: 14, cache: 12 });
    expect(rec.verdict).toBe('tier-down');
    expect(rec.change).toMatchObject({ tier: 'premium', overrides: { database: { storageGb: 500 } } });
    expect(rec.migration).toBeUndefined();
    expect(rec.notes).toEqual(expect.arrayContaining(['security level maximum → advanced', 'zone resilience on → off']));
    expect(passesResolve(hooli, rec.change!).ok).toBe(true);
  });

  it('never moves down to a tier that lacks a framework the tenant claims', () => {
    const regulated = tenantOf({ tier: 'enterprise', compliance: ['sox'] });
    const idle = { cpu: [1.4, 2.6], memory: [4.5, 6.2], storageGb: 140, dbStorageGb: 45, dbCpu: 14 } as const;
    const rec = recommend(regulated, idle);
    expect(rec.verdict).toBe('fits');
    expect(rec.notes.join('\n')).toMatch(/no cheaper tier holds it with headroom \(not premium: the premium tier does not allow sox, which the tenant claims\. not standard: the standard tier does not allow sox/);
    // Above the tier's minimum it still comes down to that minimum, within the tier.
    const bigger = tenantOf({ tier: 'enterprise', compliance: ['sox'], overrides: { nodes: { min: 5, desired: 5, max: 8 } } });
    const resize = recommend(bigger, idle);
    expect(resize.verdict).toBe('resize');
    expect(resize.change?.overrides.nodes).toEqual({ min: 3, desired: 3, max: 8 });
  });

  it('does not move down on less than four weeks of data', () => {
    const hooli = tenantOf({ tier: 'enterprise' });
    expect(recommend(hooli, { cpu: [1.4, 2.6], memory: [4.5, 6.2], storageGb: 140, dbStorageGb: 45, dbCpu: 14 }, 14).verdict).toBe('fits');
  });

  it('resizes white-label (custom) nodes, keeping the node size it gives', () => {
    const initech = tenantOf({ tier: 'white-label', overrides: { nodes: { vcpu: 8, memoryGiB: 32, min: 3, desired: 3, max: 10 }, storageGb: 8000 } });
    const rec = recommend(initech, { cpu: [20, 22], memory: [50, 60], storageGb: 4000, dbStorageGb: 200 });
    expect(rec.verdict).toBe('resize');
    expect(rec.change?.overrides).toEqual({ nodes: { vcpu: 8, memoryGiB: 32, min: 4, desired: 4, max: 11 }, storageGb: 8000 });
    expect(passesResolve(initech, rec.change!).ok).toBe(true);
  });

  it('says when no tier holds the tenant', () => {
    const initech = tenantOf({ tier: 'white-label', overrides: { nodes: { vcpu: 8, memoryGiB: 32, min: 3, desired: 3, max: 10 }, storageGb: 8000 } });
    const rec = recommend(initech, { cpu: [10, 12], memory: [40, 50], storageGb: 4000, dbStorageGb: 200, dbCpu: 95 });
    expect(rec.verdict).toBe('no-tier-fits');
    expect(rec.notes[0]).toBe('no tier above white-label in the catalogue; define one (defineTier) or split the tenant');
    const huge = recommend(tenantOf({ tier: 'enterprise' }), { cpu: [600, 650], memory: [100, 120], storageGb: 100, dbStorageGb: 100 });
    expect(huge.verdict).toBe('no-tier-fits');
    expect(huge.notes[0]).toMatch(/^enterprise-plus: CPU and memory would need more than 32 nodes/);
  });

  describe('every recommended tenant file passes resolveTenant', () => {
    const tenants: [string, ResolvedTenant][] = [
      ['free', tenantOf({ tier: 'free' })],
      ['standard', tenantOf({ tier: 'standard', compliance: ['soc2'] })],
      ['premium', tenantOf({ tier: 'premium', compliance: ['hipaa'], overrides: { nodes: { max: 6 }, database: { backupRetentionDays: 30 } } })],
      ['enterprise', tenantOf({ tier: 'enterprise', cloud: 'azure', region: 'westeurope', compliance: ['gdpr'] })],
      ['enterprise-plus', tenantOf({ tier: 'enterprise-plus', compliance: ['pci-dss'] })],
      ['white-label', tenantOf({ tier: 'white-label', overrides: { nodes: { vcpu: 4, memoryGiB: 16, min: 3, desired: 4, max: 6 }, storageGb: 500 } })],
    ];
    const scales = [0.02, 0.1, 0.5, 1, 2, 4, 10];
    it.each(tenants)('%s, at usage from 2 %% to 10 x its size', (_, tenant) => {
      const cap = { cpu: tenant.sizing.nodes.vcpu * tenant.sizing.nodes.min, mem: tenant.sizing.nodes.memoryGiB * tenant.sizing.nodes.min };
      const verdicts = new Set<string>();
      for (const s of scales) {
        const figures: UsageFigures = {
          cpu: [cap.cpu * s * 0.6, cap.cpu * s * 0.7],
          memory: [cap.mem * s * 0.5, cap.mem * s * 0.6],
          storageGb: tenant.sizing.storageGb * Math.min(s, 3) * 0.7,
          dbStorageGb: tenant.sizing.database.storageGb * Math.min(s, 3) * 0.7,
          dbCpu: Math.min(100, 50 * s),
          cache: Math.min(100, 40 * s),
        };
        const rec = recommend(tenant, figures);
        verdicts.add(rec.verdict);
        if (!rec.change) continue;
        const result = passesResolve(tenant, rec.change);
        expect(result.ok ? [] : result.issues).toEqual([]);
        expect(result.ok && result.tenant.sizing).toEqual(rec.recommended?.sizing);
      }
      expect(verdicts.size).toBeGreaterThan(1);
    });
  });
});
