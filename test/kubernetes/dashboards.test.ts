import { parse } from 'yaml';
import { tenantAlertRules, tenantAlertRulesYaml, tenantDashboard } from '../../lib/kubernetes/dashboards';

describe('tenant alerts and dashboard', () => {
  it('every alert is scoped to the namespace', () => {
    const rules = tenantAlertRules('acme');
    expect(rules.map((r) => r.alert)).toEqual(['TenantQuotaNearlyUsed', 'TenantPodCrashLooping', 'TenantPodNotReady']);
    for (const r of rules) expect(r.expr).toContain('namespace="acme"');
  });

  it('renders a rule file of one group', () => {
    expect(parse(tenantAlertRulesYaml('acme')).groups).toHaveLength(1);
  });

  it('dashboard queries are scoped to the namespace', () => {
    const d = tenantDashboard('acme') as { panels: { targets: { expr: string }[] }[] };
    for (const p of d.panels) for (const t of p.targets) expect(t.expr).toContain('namespace="acme"');
  });
});
