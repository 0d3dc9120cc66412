import type { Estimator } from '../../context';
import { gkeNodeLines } from './node-lines';
import { gkePoolNodes } from './nodes';

/**
 * GKE node pool: machine type x nodes, where nodes = per-zone count (node_count, else autoscaling min, else
 * initial_node_count) x zones (node_locations, else 3 for a regional cluster), plus a boot disk per node.
 */
export const googleContainerNodePool: Estimator = (ctx) => {
  const nodes = gkePoolNodes(ctx.document, ctx.resource);
  if (nodes === undefined) return [ctx.unknown('node count or cluster location')];
  return gkeNodeLines(ctx, 'Nodes', nodes);
};
