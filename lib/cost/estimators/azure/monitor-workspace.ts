import type { Estimator } from '../../context';

/** Azure Monitor workspace (managed Prometheus): metric samples ingested (usage-based). */
export const azurermMonitorWorkspace: Estimator = (ctx) => {
  const { quantity, usage } = ctx.usageShare(ctx.usage.prometheusSamplesMillions, 'usage.prometheusSamplesMillions', 'million samples');
  return [ctx.line('Metric samples ingested', quantity, 'million samples', 'monitor-metrics', 'ingestion', usage)];
};
