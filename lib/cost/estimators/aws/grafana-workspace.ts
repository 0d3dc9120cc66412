import type { Estimator } from '../../context';

/** Amazon Managed Grafana: per active editor and viewer per month (usage-based). */
export const awsGrafanaWorkspace: Estimator = (ctx) => {
  const { grafanaEditors: editors, grafanaViewers: viewers } = ctx.usage;
  const lines = [ctx.line('Editors', editors, 'user-months', 'grafana', 'editor', { assumption: `usage.grafanaEditors ${editors}` })];
  if (viewers > 0) {
    lines.push(ctx.line('Viewers', viewers, 'user-months', 'grafana', 'viewer', { assumption: `usage.grafanaViewers ${viewers}` }));
  }
  return lines;
};
