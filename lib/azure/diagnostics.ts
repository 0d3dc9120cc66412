import { MonitorDiagnosticSetting } from '@cdktf/provider-azurerm/lib/monitor-diagnostic-setting';
import type { Construct } from 'constructs';

export interface DiagnosticsOptions {
  /** Resource whose logs are exported. */
  readonly targetResourceId: string;
  /** Log Analytics workspace receiving them. */
  readonly workspaceId: string;
  /** Log categories to export. */
  readonly categories: readonly string[];
  /** Export the resource's platform metrics too. @default false */
  readonly metrics?: boolean;
}

/**
 * A diagnostic setting that sends `categories` of a resource's logs to a Log Analytics workspace, in
 * resource-specific tables (retention follows the workspace).
 */
export function diagnosticSetting(scope: Construct, id: string, options: DiagnosticsOptions): MonitorDiagnosticSetting {
  return new MonitorDiagnosticSetting(scope, id, {
    name: 'tenant-templates',
    targetResourceId: options.targetResourceId,
    logAnalyticsWorkspaceId: options.workspaceId,
    logAnalyticsDestinationType: 'Dedicated',
    enabledLog: options.categories.map((category) => ({ category })),
    enabledMetric: options.metrics ? [{ category: 'AllMetrics' }] : undefined,
  });
}
