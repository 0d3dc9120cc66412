import { checkEach, defineRule } from '../../rule';
import { block, blocks, get, isTrue } from '../../../terraform-json';
import { isOpenCidr } from '../../private/cidr';

/** The control plane is private, or public only to authorized networks. */
export const gkeMasterAuthorizedNetworks = defineRule(__filename, {
  description: 'GKE control planes are private or limited to authorized networks',
  category: 'public-exposure',
  severity: 'error',
  fix: 'Set private_cluster_config.enable_private_endpoint = true, or master_authorized_networks_config with cidr_blocks of your networks (never 0.0.0.0/0)',
  check: (doc) =>
    checkEach(doc, 'google_container_cluster', (gke) => {
      if (isTrue(get(gke.values, 'private_cluster_config.enable_private_endpoint'))) return undefined;
      const config = block(gke.values, 'master_authorized_networks_config');
      if (!config) return 'public control plane open to any address (no master_authorized_networks_config)';
      const cidrs = blocks(config, 'cidr_blocks').map((c) => String(c.cidr_block));
      return cidrs.some(isOpenCidr) ? 'authorized networks include 0.0.0.0/0' : undefined;
    }),
});
