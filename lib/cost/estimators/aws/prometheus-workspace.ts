import type { Estimator } from '../../context';

/** Amazon Managed Service for Prometheus: metric samples ingested (usage-based). */
export const awsPrometheusWorkspace: Estimator = (ctx) => {
  const { quantity, usage } = ctx.usageShare(ctx.usage.prometheusSamplesMillions, 'usage.prometheusSamplesMillions', 'million samples');
  return [ctx.line('Metric samples ingested', quantity, 'million samples', 'prometheus-ingestion', 'samples', usage)];
};
