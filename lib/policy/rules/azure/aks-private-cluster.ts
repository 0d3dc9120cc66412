import { checkEach, defineRule } from '../../rule';
import { flag } from '../../read';
import { AZURERM } from '../../private/providers';

/** The AKS API server has only a private endpoint in the cluster's network. */
export const aksPrivateCluster = defineRule(__filename, {
  description: 'AKS clusters are private clusters',
  category: 'private-endpoint',
  severity: 'warning',
  fix: 'Set private_cluster_enabled = true (tier cluster.privateEndpointOnly)',
  understands: [{ form: 'azurerm_kubernetes_cluster.private_cluster_enabled (default false)', providers: AZURERM }],
  check: (doc) =>
    checkEach(doc, 'azurerm_kubernetes_cluster', (aks) => (flag(aks.values, 'private_cluster_enabled') === true ? undefined : 'the API server has a public endpoint')),
});
