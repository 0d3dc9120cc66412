import { checkEach, defineRule } from '../../rule';
import { get, isTrue } from '../../../terraform-json';

/** GKE nodes have only internal IPs. */
export const gkePrivateNodes = defineRule(__filename, {
  description: 'GKE clusters use private nodes',
  category: 'public-exposure',
  severity: 'error',
  fix: 'Set private_cluster_config { enable_private_nodes = true, master_ipv4_cidr_block = ... }',
  check: (doc) =>
    checkEach(doc, 'google_container_cluster', (gke) => {
      const priv = isTrue(get(gke.values, 'private_cluster_config.enable_private_nodes')) || isTrue(get(gke.values, 'network_config.enable_private_nodes'));
      return priv ? undefined : 'nodes get public IPs (enable_private_nodes is off)';
    }),
});
