import type { Estimator } from '../../context';
import { aksNodePoolLines } from './node-pool';

/** AKS: the cluster fee of its pricing tier (Free costs nothing), plus the default node pool. */
export const azurermKubernetesCluster: Estimator = (ctx) => {
  const tier = ctx.string('sku_tier', 'Free');
  if (tier === undefined) return [];
  const fee = tier === 'Free' ? [] : [ctx.hourly(`Cluster management (${tier} tier)`, 1, 'aks-cluster', tier)];
  return [...fee, ...aksNodePoolLines(ctx, 'default_node_pool.')];
};
