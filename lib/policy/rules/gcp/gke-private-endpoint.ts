import { checkEach, defineRule } from '../../rule';
import { get, isTrue } from '../../../terraform-json';

/** The control plane has only a private endpoint. */
export const gkePrivateEndpoint = defineRule(__filename, {
  description: 'GKE control planes have a private endpoint only',
  category: 'private-endpoint',
  severity: 'warning',
  fix: 'Set private_cluster_config.enable_private_endpoint = true (tier cluster.privateEndpointOnly)',
  check: (doc) =>
    checkEach(doc, 'google_container_cluster', (gke) =>
      isTrue(get(gke.values, 'private_cluster_config.enable_private_endpoint')) ? undefined : 'the control plane has a public endpoint',
    ),
});
