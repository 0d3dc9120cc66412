import { DashboardGrafana } from '@cdktf/provider-azurerm/lib/dashboard-grafana';
import { LogAnalyticsWorkspace } from '@cdktf/provider-azurerm/lib/log-analytics-workspace';
import { MonitorActionGroup } from '@cdktf/provider-azurerm/lib/monitor-action-group';
import { MonitorMetricAlert } from '@cdktf/provider-azurerm/lib/monitor-metric-alert';
import { MonitorWorkspace } from '@cdktf/provider-azurerm/lib/monitor-workspace';
import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { Construct } from 'constructs';
import { receiverUrl } from '../cloud-kit/receivers';
import { AlertReceiver, emailReceivers, onCallReceivers, webhookReceivers } from '../model/alerts';
import { actionGroupName, monitorWorkspaceName } from './names';
import type { AzureResourceContext } from './resource-context';

/** Log Analytics interactive retention bounds, days (the Analytics plan: 30-730; longer needs table archive). */
export const LOG_ANALYTICS_MIN_RETENTION_DAYS = 30;
export const LOG_ANALYTICS_MAX_RETENTION_DAYS = 730;
/** Alert when average CPU stays above this percentage for 15 minutes (as on AWS). */
const CPU_ALERT_PERCENT = 80;
/** Alert when the database has used this share of its storage (AWS: free storage below 10%). */
const STORAGE_ALERT_PERCENT = 90;
/** Alert when Redis memory use passes this percentage (as on AWS). */
const CACHE_MEMORY_ALERT_PERCENT = 80;
/** Action group short names: at most 12 characters. */
const ACTION_GROUP_SHORT_NAME_LENGTH = 12;

/** Log Analytics retention for a requested one: raised to 30 days, capped at 730 (see docs/azure.md). */
export function logAnalyticsRetentionDays(days: number): number {
  return Math.min(Math.max(days, LOG_ANALYTICS_MIN_RETENTION_DAYS), LOG_ANALYTICS_MAX_RETENTION_DAYS);
}

export interface AzureMonitoringProps {
  /** Tenant id: prefixes every name. */
  readonly name: string;
  readonly context: AzureResourceContext;
  /** Requested log retention, days: clamped to what Log Analytics keeps interactively (30-730). */
  readonly logRetentionDays: number;
  /** Azure Monitor workspace (managed Prometheus). @default true */
  readonly prometheus?: boolean;
  /** Azure Managed Grafana on the Prometheus workspace (Entra ID sign-in). @default false */
  readonly grafana?: boolean;
  /** Zone-redundant Grafana. @default false */
  readonly zoneRedundant?: boolean;
  /** Metric alerts on the database and cache, to an action group. @default true */
  readonly alarms?: boolean;
  /** Who the action group tells: e-mail receivers, and webhook receivers for webhooks and on-call URLs. @default [] */
  readonly alertReceivers?: readonly AlertReceiver[];
}

/**
 * Observability for a tenant: a Log Analytics workspace (Entra ID access only) that Container Insights and every
 * diagnostic setting write to, an Azure Monitor workspace for managed Prometheus, Azure Managed Grafana reading it,
 * and an action group for metric alerts on the database and cache (added with `alertOn`).
 */
export class AzureMonitoring extends Construct {
  readonly workspace: LogAnalyticsWorkspace;
  readonly monitorWorkspace?: MonitorWorkspace;
  readonly grafana?: DashboardGrafana;
  readonly actionGroup?: MonitorActionGroup;
  readonly alerts: MonitorMetricAlert[] = [];
  /** Retention the workspace keeps, days. */
  readonly retentionDays: number;
  private readonly context: AzureResourceContext;
  private readonly name: string;

  constructor(scope: Construct, id: string, props: AzureMonitoringProps) {
    super(scope, id);
    const { context, name } = props;
    this.context = context;
    this.name = name;
    this.retentionDays = logAnalyticsRetentionDays(props.logRetentionDays);
    this.workspace = new LogAnalyticsWorkspace(this, 'workspace', {
      ...context.placement,
      name: `${name}-logs`,
      sku: 'PerGB2018',
      retentionInDays: this.retentionDays,
      localAuthenticationEnabled: false,
    });

    if (props.prometheus ?? true) {
      this.monitorWorkspace = new MonitorWorkspace(this, 'prometheus', { ...context.placement, name: monitorWorkspaceName(name) });
    }

    if ((props.grafana ?? false) && this.monitorWorkspace) {
      this.grafana = new DashboardGrafana(this, 'grafana', {
        ...context.placement,
        // Managed Grafana names: 2-23 characters.
        name: `${name}-gf`,
        sku: 'Standard',
        grafanaMajorVersion: '11',
        apiKeyEnabled: false,
        zoneRedundancyEnabled: props.zoneRedundant ?? false,
        identity: { type: 'SystemAssigned' },
        azureMonitorWorkspaceIntegrations: [{ resourceId: this.monitorWorkspace.id }],
      });
      const grant = (grantId: string, scope: string, role: string) =>
        new RoleAssignment(this, grantId, {
          scope,
          roleDefinitionName: role,
          principalId: this.grafana!.identity.principalId,
          principalType: 'ServicePrincipal',
        });
      grant('grafana-prometheus-reader', this.monitorWorkspace.id, 'Monitoring Data Reader');
      grant('grafana-monitoring-reader', context.resourceGroup.id, 'Monitoring Reader');
    }

    if (props.alarms ?? true) {
      this.actionGroup = new MonitorActionGroup(this, 'action-group', {
        name: actionGroupName(name),
        resourceGroupName: context.resourceGroup.name,
        shortName: name.slice(0, ACTION_GROUP_SHORT_NAME_LENGTH),
        ...actionGroupReceivers(this, props.alertReceivers ?? []),
        tags: context.tags,
      });
    }
  }

  /** CPU and storage alerts on a Flexible Server, CPU and memory alerts on a Redis cache (when alarms are on). */
  alertOn(targets: { readonly databaseId?: string; readonly cacheId?: string }): void {
    if (!this.actionGroup) return;
    if (targets.databaseId) {
      const namespace = 'Microsoft.DBforPostgreSQL/flexibleServers';
      this.alert('database-cpu', targets.databaseId, `PostgreSQL CPU above ${CPU_ALERT_PERCENT}% for 15 minutes`, namespace, 'cpu_percent', CPU_ALERT_PERCENT);
      this.alert('database-storage', targets.databaseId, `PostgreSQL storage above ${STORAGE_ALERT_PERCENT}% used`, namespace, 'storage_percent', STORAGE_ALERT_PERCENT);
    }
    if (targets.cacheId) {
      const namespace = 'Microsoft.Cache/redis';
      this.alert('cache-cpu', targets.cacheId, `Redis CPU above ${CPU_ALERT_PERCENT}% for 15 minutes`, namespace, 'percentProcessorTime', CPU_ALERT_PERCENT);
      this.alert('cache-memory', targets.cacheId, `Redis memory use above ${CACHE_MEMORY_ALERT_PERCENT}%`, namespace, 'usedmemorypercentage', CACHE_MEMORY_ALERT_PERCENT);
    }
  }

  private alert(id: string, scope: string, description: string, metricNamespace: string, metricName: string, threshold: number): void {
    this.alerts.push(
      new MonitorMetricAlert(this, id, {
        name: `${this.name}-${id}`,
        resourceGroupName: this.context.resourceGroup.name,
        scopes: [scope],
        description,
        severity: 2,
        frequency: 'PT5M',
        windowSize: 'PT15M',
        criteria: [{ metricNamespace, metricName, aggregation: 'Average', operator: 'GreaterThan', threshold }],
        action: [{ actionGroupId: this.actionGroup!.id }],
        tags: this.context.tags,
      }),
    );
  }
}

/**
 * The e-mail and webhook receivers of an action group (azurerm monitor_action_group: email_receiver,
 * webhook_receiver), in the common alert schema; an on-call URL comes from its sensitive variable.
 */
export function actionGroupReceivers(
  scope: Construct,
  receivers: readonly AlertReceiver[],
): { emailReceiver: { name: string; emailAddress: string; useCommonAlertSchema: boolean }[]; webhookReceiver: { name: string; serviceUri: string; useCommonAlertSchema: boolean }[] } {
  return {
    emailReceiver: emailReceivers(receivers).map((emailAddress, i) => ({ name: `email-${i}`, emailAddress, useCommonAlertSchema: true })),
    webhookReceiver: [
      ...webhookReceivers(receivers).map((serviceUri, i) => ({ name: `webhook-${i}`, serviceUri, useCommonAlertSchema: true })),
      ...onCallReceivers(receivers).map((onCall) => ({ name: onCall.name, serviceUri: receiverUrl(scope, onCall.urlVariable), useCommonAlertSchema: true })),
    ],
  };
}
