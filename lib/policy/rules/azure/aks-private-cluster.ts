import { checkEach, defineRule } from '../../rule';
import { isTrue } from '../../../terraform-json';

/** The AKS API server has only a private endpoint in the cluster's network. */
export const aksPrivateCluster = defineRule(__filename, {
  description: 'AKS clusters are private clusters',
  category: 'private-endpoint',
  severity: 'warning',
  fix: 'Set private_cluster_enabled = true (tier cluster.privateEndpointOnly)',
  check: (doc) =>
    checkEach(doc, 'azurerm_kubernetes_cluster', (aks) => (isTrue(aks.values.private_cluster_enabled) ? undefined : 'the API server has a public endpoint')),
});
