import type { Estimator } from '../../context';

/** Azure Managed Grafana: the SKU per instance-hour; Standard also charges each active user (usage-based). */
export const azurermDashboardGrafana: Estimator = (ctx) => {
  const sku = ctx.string('sku', 'Standard');
  if (sku === undefined) return [];
  const lines = [ctx.hourly(`Instance (${sku})`, 1, 'grafana', sku)];
  if (sku === 'Standard') {
    const users = ctx.usage.grafanaEditors + ctx.usage.grafanaViewers;
    const assumption = `usage.grafanaEditors + usage.grafanaViewers = ${users}`;
    lines.push(ctx.line('Active users', users, 'user-months', 'grafana-users', 'active', { assumption }));
  }
  return lines;
};
