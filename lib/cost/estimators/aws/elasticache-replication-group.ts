import type { Estimator } from '../../context';

/**
 * ElastiCache replication group: node type per node-hour. Nodes = num_node_groups x (replicas_per_node_group + 1)
 * in cluster mode, else num_cache_clusters (primary plus replicas).
 */
export const awsElasticacheReplicationGroup: Estimator = (ctx) => {
  const nodeType = ctx.string('node_type');
  const engine = ctx.string('engine', 'redis');
  const shards = ctx.number('num_node_groups');
  const replicas = ctx.number('replicas_per_node_group', 0);
  const clusters = ctx.firstNumber(['num_cache_clusters', 'number_cache_clusters'], 1);
  if (ctx.unknowns.length > 0 || nodeType === undefined || engine === undefined) return [];
  const nodes = shards !== undefined ? shards * ((replicas ?? 0) + 1) : (clusters ?? 1);
  const shape = shards !== undefined ? `, ${shards} shards x ${(replicas ?? 0) + 1} nodes` : '';
  return [ctx.hourly(`Nodes (${nodes} x ${nodeType}${shape})`, nodes, `elasticache-${engine}`, nodeType)];
};
