import type { Estimator } from '../../context';
import { gkeNodeLines } from './node-lines';
import { gkeDefaultPoolNodes } from './nodes';

/**
 * GKE cluster: the management fee per cluster-hour (Standard or Autopilot), plus the default node pool when it is
 * kept (initial_node_count per zone).
 */
export const googleContainerCluster: Estimator = (ctx) => {
  const autopilot = ctx.boolean('enable_autopilot', false);
  if (autopilot === undefined) return [];
  const fee = ctx.hourly(`Cluster management (${autopilot ? 'Autopilot' : 'Standard'})`, 1, 'gke-cluster', autopilot ? 'autopilot' : 'standard');
  const nodes = gkeDefaultPoolNodes(ctx.resource);
  if (nodes === undefined) return [fee, ctx.unknown('initial_node_count or location')];
  return nodes > 0 ? [fee, ...gkeNodeLines(ctx, 'Default pool nodes', nodes)] : [fee];
};
