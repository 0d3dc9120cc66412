import { allowedRetention, resolveTenant } from '../../lib/model/resolve';
import { TenantSchema } from '../../lib/model/tenant';
import { tiers } from '../../tiers';

const spec = (input: object) => TenantSchema.parse({ id: 'acme', cloud: 'aws', region: 'us-east-1', ...input });

describe('resolveTenant', () => {
  it('takes the tier defaults when nothing is overridden', () => {
    const result = resolveTenant(spec({ tier: 'enterprise' }), tiers);
    if (!result.ok) throw new Error('expected success');
    expect(result.tenant.sizing).toEqual(
      expect.objectContaining({
        nodes: { vcpu: 8, memoryGiB: 32, min: 3, desired: 4, max: 8 },
        storageGb: 5000,
        database: { class: 'db-large', storageGb: 500, backupRetentionDays: 30, deletionProtection: true },
        availability: {
          databaseStandby: true,
          cacheAcrossZones: true,
          natPerZone: true,
          geoRedundantStorage: true,
          zoneRedundantMonitoring: true,
          regionalCluster: true,
        },
        cache: { class: 'cache-large', replicas: 2 },
        cluster: { privateEndpointOnly: true, uptimeSla: true },
      }),
    );
    expect(result.tenant.sizing.security).toEqual(expect.objectContaining({ level: 'maximum', keyPerService: true, egressLockdown: false }));
  });

  it('builds white-label sizes entirely from the overrides', () => {
    const result = resolveTenant(
      spec({ tier: 'white-label', overrides: { nodes: { vcpu: 8, memoryGiB: 32, min: 3, desired: 3, max: 40 }, storageGb: 250000 } }),
      tiers,
    );
    if (!result.ok) throw new Error(result.issues.map((i) => i.message).join());
    expect(result.tenant.sizing.nodes.max).toBe(40);
    expect(result.tenant.sizing.storageGb).toBe(250000);
  });

  it('rejects node counts out of order after overrides', () => {
    const result = resolveTenant(spec({ tier: 'premium', overrides: { nodes: { min: 4, desired: 3 } } }), tiers);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.issues).toEqual([
        { path: ['overrides', 'nodes'], message: 'node counts must satisfy min <= desired <= max (got 4 <= 3 <= 4); adjust overrides.nodes' },
      ]);
    }
  });

  it('raises log retention to the security floor and to a value every cloud accepts', () => {
    const result = resolveTenant(spec({ tier: 'premium', overrides: { logRetentionDays: 120 } }), tiers);
    if (!result.ok) throw new Error('expected success');
    expect(result.tenant.sizing.monitoring.logRetentionDays).toBe(120);
    expect(allowedRetention(100)).toBe(120);
    expect(allowedRetention(5000)).toBe(3653);
  });

  it('spreads over the zones the tier asks for, as the cloud names them', () => {
    const r = resolveTenant(spec({ tier: 'premium', region: 'ap-northeast-1' }), tiers);
    if (!r.ok) throw new Error('expected success');
    expect(r.tenant.sizing.zones).toEqual(['ap-northeast-1a', 'ap-northeast-1c', 'ap-northeast-1d']);
  });
});

describe('framework floors', () => {
  it('keeps logs as long as the longest claimed framework requires', () => {
    const hipaa = resolveTenant(spec({ tier: 'premium', compliance: ['hipaa', 'soc2'] }), tiers);
    const none = resolveTenant(spec({ tier: 'premium' }), tiers);
    if (!hipaa.ok || !none.ok) throw new Error('expected success');
    expect(hipaa.tenant.sizing.monitoring.logRetentionDays).toBe(2192);
    expect(none.tenant.sizing.monitoring.logRetentionDays).toBe(90);
  });
});
