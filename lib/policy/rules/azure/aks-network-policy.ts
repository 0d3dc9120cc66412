import { checkEach, defineRule } from '../../rule';
import { get, isSet } from '../../../terraform-json';

/** A network policy engine enforces Kubernetes NetworkPolicy between tenant namespaces. */
export const aksNetworkPolicy = defineRule(__filename, {
  description: 'AKS clusters run a network policy engine',
  category: 'network-policy',
  severity: 'error',
  fix: 'Set network_profile.network_policy = "azure", "calico" or "cilium"',
  check: (doc) =>
    checkEach(doc, 'azurerm_kubernetes_cluster', (aks) =>
      isSet(get(aks.values, 'network_profile.network_policy')) ? undefined : 'NetworkPolicy objects are not enforced (network_profile.network_policy unset)',
    ),
});
