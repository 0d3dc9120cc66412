import { checkEach, defineRule } from '../../rule';
import { text } from '../../read';
import { AZURERM } from '../../private/providers';

/** Engines that enforce Kubernetes NetworkPolicy on AKS. */
const ENGINES = ['azure', 'calico', 'cilium'];

/** A network policy engine enforces Kubernetes NetworkPolicy between tenant namespaces. */
export const aksNetworkPolicy = defineRule(__filename, {
  description: 'AKS clusters run a network policy engine',
  category: 'network-policy',
  severity: 'error',
  fix: 'Set network_profile.network_policy = "azure", "calico" or "cilium"',
  understands: [
    { form: 'azurerm_kubernetes_cluster.network_profile.network_policy (azure, calico, cilium)', providers: AZURERM },
    // Azure CNI Powered by Cilium enforces NetworkPolicy with Cilium; azurerm 4.0 renamed ebpf_data_plane.
    { form: 'network_profile.network_data_plane = "cilium"', providers: 'azurerm 3.108–5.x' },
    { form: 'network_profile.ebpf_data_plane = "cilium"', providers: 'azurerm 3.x' },
  ],
  check: (doc) =>
    checkEach(doc, 'azurerm_kubernetes_cluster', (aks) => {
      const policy = text(aks.values, 'network_profile.network_policy');
      if (policy && ENGINES.includes(policy.toLowerCase())) return undefined;
      const plane = text(aks.values, 'network_profile.network_data_plane') ?? text(aks.values, 'network_profile.ebpf_data_plane');
      return plane?.toLowerCase() === 'cilium' ? undefined : 'NetworkPolicy objects are not enforced (network_profile.network_policy unset)';
    }),
});
