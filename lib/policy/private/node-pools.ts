import { flag } from '../read';
import { block, blocks, type Json, type TerraformResource } from '../../terraform-json';

/**
 * The node configurations a GKE resource gives its nodes: a google_container_node_pool's `node_config`; a
 * google_container_cluster's inline `node_pool` blocks, and its own `node_config` for the default pool unless it
 * removes that pool (`remove_default_node_pool`) or is an Autopilot cluster (GKE manages its nodes).
 */
export function nodeConfigs(resource: TerraformResource): { readonly where: string; readonly config: Json }[] {
  if (resource.type === 'google_container_node_pool') return [{ where: 'node_config', config: block(resource.values, 'node_config') ?? {} }];
  const inline = blocks(resource.values, 'node_pool').map((p, i) => ({ where: `node_pool[${i}].node_config`, config: block(p, 'node_config') ?? {} }));
  if (flag(resource.values, 'enable_autopilot') === true || flag(resource.values, 'remove_default_node_pool') === true) return inline;
  return [...inline, { where: 'node_config (default pool)', config: block(resource.values, 'node_config') ?? {} }];
}

/** The resource types whose nodes the node-pool rules read. */
export const NODE_POOL_TYPES = ['google_container_node_pool', 'google_container_cluster'];
