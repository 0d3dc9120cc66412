import { checkEach, defineRule } from '../../rule';
import { flag } from '../../read';
import { GOOGLE } from '../../private/providers';
import { referrers } from '../../../terraform-json';

/**
 * GKE nodes have only internal IPs: the cluster's `private_cluster_config.enable_private_nodes`, or every node pool
 * of a cluster without a default pool setting `network_config.enable_private_nodes` (google 4.45+). Cross-resource.
 */
export const gkePrivateNodes = defineRule(__filename, {
  description: 'GKE clusters use private nodes',
  category: 'public-exposure',
  severity: 'error',
  fix: 'Set private_cluster_config { enable_private_nodes = true, master_ipv4_cidr_block = ... }',
  understands: [
    { form: 'google_container_cluster.private_cluster_config.enable_private_nodes', providers: GOOGLE },
    { form: 'google_container_node_pool.network_config.enable_private_nodes (every pool, remove_default_node_pool = true)', providers: 'google 4.45–7.x' },
  ],
  check: (doc) =>
    checkEach(doc, 'google_container_cluster', (gke) => {
      if (flag(gke.values, 'private_cluster_config.enable_private_nodes') === true) return undefined;
      const pools = referrers(doc, 'google_container_node_pool', 'cluster', gke);
      const perPool = flag(gke.values, 'remove_default_node_pool') === true && pools.length > 0 && pools.every((p) => flag(p.values, 'network_config.enable_private_nodes') === true);
      return perPool ? undefined : 'nodes get public IPs (enable_private_nodes is off)';
    }),
});
