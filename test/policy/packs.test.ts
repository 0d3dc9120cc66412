import { tiers } from '../../tiers';
import { FRAMEWORKS } from '../../lib/model/enums';
import { securityControls } from '../../lib/model/security';
import { PACKS, PACK_IDS, packRules, packsFor } from '../../lib/policy/packs';

describe('packs', () => {
  it('has baseline and one pack per framework in lib/model/enums.ts', () => {
    expect(PACK_IDS).toEqual(['baseline', ...FRAMEWORKS]);
    expect(Object.hasOwn(PACKS, 'hipaa')).toBe(true);
    expect(Object.hasOwn(PACKS, 'fedramp')).toBe(false);
  });

  it('gives every framework rule a control id, and every threshold a source', () => {
    for (const id of FRAMEWORKS) {
      const pack = PACKS[id];
      expect(packRules(pack).filter((r) => r.controls.length === 0).map((r) => r.rule.id)).toEqual([]);
      for (const t of Object.values(pack.thresholds)) expect(t?.source.length).toBeGreaterThan(10);
    }
  });

  it('maps HIPAA encryption at rest to 164.312(a)(2)(iv)', () => {
    const entry = packRules(PACKS.hipaa).find((r) => r.rule.id === 'aws-rds-storage-encrypted');
    expect(entry).toMatchObject({ level: 'error', controls: ['164.312(a)(2)(iv)'] });
  });

  it('sets different retention thresholds per framework', () => {
    expect(PACKS['pci-dss'].thresholds.minLogRetentionDays?.value).toBe(365);
    expect(PACKS.sox.thresholds.minLogRetentionDays?.value).toBe(2557);
    expect(PACKS.baseline.thresholds.minLogRetentionDays?.value).toBe(7);
  });

  it('adds the tenant’s frameworks to baseline without duplicates', () => {
    expect(packsFor(['hipaa', 'gdpr', 'hipaa'])).toEqual(['baseline', 'hipaa', 'gdpr']);
  });

  it('keeps baseline satisfiable by the basic level: controls it lacks are warnings', () => {
    const levels = PACKS.baseline.categories;
    expect(securityControls('basic').flowLogs).toBe(false);
    expect(levels['extended-logging']?.level).toBe('warning');
    expect(levels['key-rotation']?.level).toBe('warning');
    expect(levels['customer-managed-key']?.level).toBe('warning');
    expect(levels['high-availability']?.level).toBe('warning');
  });

  it('makes a category an error only in packs every allowing tier switches on', () => {
    // What each category needs from a tier, as lib/model/security.ts and tiers/*.ts define it.
    const needs: Record<string, (t: (typeof tiers)[string]) => boolean> = {
      'extended-logging': (t) => securityControls(t.security.level).flowLogs,
      'key-rotation': (t) => securityControls(t.security.level).keyRotation,
      'customer-managed-key': (t) => securityControls(t.security.level).customerManagedKeys,
      'private-endpoint': (t) => t.cluster.privateEndpointOnly || securityControls(t.security.level).privateClusterEndpointOnly,
      'high-availability': (t) => t.availability.zoneResilient,
      'deletion-protection': (t) => t.database.deletionProtection,
    };
    for (const framework of FRAMEWORKS) {
      const allowing = Object.values(tiers).filter((t) => t.compliance.allowed.includes(framework));
      for (const [category, has] of Object.entries(needs)) {
        const entry = PACKS[framework].categories[category as keyof typeof PACKS.baseline.categories];
        if (entry?.level !== 'error') continue;
        expect({ framework, category, unsatisfiedBy: allowing.filter((t) => !has(t)).map((t) => t.name) }).toEqual({ framework, category, unsatisfiedBy: [] });
      }
    }
  });

  it('makes log retention an error only where every allowing tier keeps logs long enough', () => {
    for (const framework of FRAMEWORKS) {
      const pack = PACKS[framework];
      const min = pack.thresholds.minLogRetentionDays?.value;
      if (pack.categories['log-retention']?.level !== 'error' || min === undefined) continue;
      const short = Object.values(tiers).filter(
        (t) => t.compliance.allowed.includes(framework) && Math.max(t.monitoring.logRetentionDays, securityControls(t.security.level).minimumLogRetentionDays) < min,
      );
      expect({ framework, short: short.map((t) => t.name) }).toEqual({ framework, short: [] });
    }
  });
});
