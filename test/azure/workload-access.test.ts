import { Testing } from 'cdktf';
import { isoDuration } from '../../lib/azure/workload-access';
import { WorkloadsStack } from '../../stacks/workloads-stack';
import { fakePlatformStack, synthJson } from '../kubernetes/helpers';
import { TerraformJson, resourcesOf } from '../util';
import { azureTenant } from './helpers';

describe('azureAccess', () => {
  const app = Testing.app();
  const platform = fakePlatformStack(app);
  const stack = new WorkloadsStack(app, { tenant: azureTenant({ tier: 'premium' }), platformStack: platform.stack, platform: platform.outputs });
  const json = synthJson(stack) as unknown as TerraformJson;

  // The rule-file ConfigMap in the tenant namespace was read by nothing: the AKS metrics add-on scrapes, Azure Monitor
  // evaluates rules only from a Prometheus rule group on the workspace (azurerm monitor_alert_prometheus_rule_group;
  // `for` takes an ISO 8601 duration, severity 0-4), which notifies the platform's action group.
  it("evaluates the tenant alerts in an Azure Monitor Prometheus rule group on the platform's workspace", () => {
    const [group] = resourcesOf(json, 'azurerm_monitor_alert_prometheus_rule_group');
    expect(group).toEqual(
      expect.objectContaining({
        name: 'acme-workloads',
        resource_group_name: 'acme-rg',
        scopes: ['${data.azurerm_monitor_workspace.prometheus-workspace.id}'],
        interval: 'PT1M',
      }),
    );
    const rules = group.rule as { alert: string; for: string; severity: number; action: { action_group_id: string }[] }[];
    expect(rules.map((r) => [r.alert, r.for, r.severity])).toEqual([
      ['TenantQuotaNearlyUsed', 'PT15M', 3],
      ['TenantPodCrashLooping', 'PT5M', 1],
      ['TenantPodNotReady', 'PT15M', 3],
    ]);
    for (const r of rules) expect(r.action).toEqual([{ action_group_id: '${data.azurerm_monitor_action_group.alert-action-group.id}' }]);
    expect(json.data!.azurerm_monitor_workspace['prometheus-workspace']).toEqual(expect.objectContaining({ name: 'acme-prometheus', resource_group_name: 'acme-rg' }));
    expect(json.data!.azurerm_monitor_action_group['alert-action-group']).toEqual(expect.objectContaining({ name: 'acme-alerts' }));
    const configMaps = Object.values(json.resource.kubernetes_config_map_v1 ?? {}).map((c) => (c.metadata as { name: string }).name);
    expect(configMaps).not.toContain('tenant-alert-rules');
  });

  it('writes Prometheus durations the way Azure Monitor takes them', () => {
    expect(isoDuration('15m')).toBe('PT15M');
    expect(isoDuration('30s')).toBe('PT30S');
    expect(isoDuration('1h')).toBe('PT1H');
    expect(() => isoDuration('1d')).toThrow(/not a Prometheus duration of seconds, minutes or hours/);
  });
});
