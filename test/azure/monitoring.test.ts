import { DashboardGrafana } from '@cdktf/provider-azurerm/lib/dashboard-grafana';
import { LogAnalyticsWorkspace } from '@cdktf/provider-azurerm/lib/log-analytics-workspace';
import { MonitorMetricAlert } from '@cdktf/provider-azurerm/lib/monitor-metric-alert';
import { logAnalyticsRetentionDays } from '../../lib/azure/monitoring';
import { FLEET_SETTINGS, onlyResource, resourcesOf, synthTenant } from '../util';
import { synthAzure } from './helpers';

describe('AzureMonitoring', () => {
  const premium = synthAzure({ tier: 'premium' });

  it('keeps logs for the tier retention, clamped to what Log Analytics keeps interactively', () => {
    expect(JSON.stringify(premium)).toHaveResourceWithProperties(LogAnalyticsWorkspace, {
      retention_in_days: 90,
      local_authentication_enabled: false,
    });
    expect(onlyResource(synthAzure({ tier: 'enterprise-plus' }), 'azurerm_log_analytics_workspace').retention_in_days).toBe(730);
    expect(logAnalyticsRetentionDays(7)).toBe(30);
    expect(logAnalyticsRetentionDays(2557)).toBe(730);
  });

  it('runs managed Prometheus and a Grafana linked to it from premium', () => {
    expect(resourcesOf(premium, 'azurerm_monitor_workspace')).toHaveLength(1);
    expect(JSON.stringify(premium)).toHaveResourceWithProperties(DashboardGrafana, {
      name: 'acme-gf',
      api_key_enabled: false,
      azure_monitor_workspace_integrations: [{ resource_id: expect.stringContaining('azurerm_monitor_workspace') }],
    });
    expect(resourcesOf(synthAzure({ tier: 'standard' }), 'azurerm_dashboard_grafana')).toHaveLength(0);
  });

  it('alerts on database CPU and storage and cache CPU and memory through an action group', () => {
    const metrics = resourcesOf(premium, 'azurerm_monitor_metric_alert').map((a) => (a.criteria as { metric_name: string }[])[0].metric_name);
    expect(metrics.sort()).toEqual(['cpu_percent', 'percentProcessorTime', 'storage_percent', 'usedmemorypercentage']);
    expect(JSON.stringify(premium)).toHaveResourceWithProperties(MonitorMetricAlert, {
      action: [{ action_group_id: expect.stringContaining('azurerm_monitor_action_group') }],
    });
  });

  // The action group had no receiver: alerts reached nobody. azurerm monitor_action_group: email_receiver and
  // webhook_receiver, common alert schema; the on-call URL from its sensitive variable.
  it('tells every receiver through the action group', () => {
    const json = synthTenant({ cloud: 'azure', region: 'westeurope', tier: 'premium', alerts: { receivers: [{ email: 'ops@acme.example' }] } }, { settings: FLEET_SETTINGS });
    const [group] = resourcesOf(json, 'azurerm_monitor_action_group');
    expect(group.email_receiver).toEqual([
      { name: 'email-0', email_address: 'oncall@example.com', use_common_alert_schema: true },
      { name: 'email-1', email_address: 'ops@acme.example', use_common_alert_schema: true },
    ]);
    expect(group.webhook_receiver).toEqual([
      { name: 'webhook-0', service_uri: 'https://hooks.example.com/alerts', use_common_alert_schema: true },
      { name: 'pagerduty', service_uri: '${var.pagerduty_url}', use_common_alert_schema: true },
    ]);
    expect(json.variable?.pagerduty_url).toEqual(expect.objectContaining({ sensitive: true }));
  });

  it('has no alerts when the tier switches them off (free)', () => {
    expect(resourcesOf(synthAzure({ tier: 'free' }), 'azurerm_monitor_metric_alert')).toHaveLength(0);
  });
});
