import { checkEach, defineRule } from '../../rule';
import { anyOf, flag } from '../../read';
import { cidrsAt, isOpenCidr } from '../../private/cidr';
import { AZURERM } from '../../private/providers';

/** The AKS API is private, or public only to authorized IP ranges. */
export const aksApiServerRestricted = defineRule(__filename, {
  description: 'AKS API servers are private or limited to authorized IP ranges',
  category: 'public-exposure',
  severity: 'error',
  fix: 'Set private_cluster_enabled = true, or api_server_access_profile.authorized_ip_ranges to your networks (never 0.0.0.0/0)',
  understands: [
    { form: 'azurerm_kubernetes_cluster.private_cluster_enabled', providers: AZURERM },
    { form: 'azurerm_kubernetes_cluster.api_server_access_profile.authorized_ip_ranges', providers: 'azurerm 3.x (from 3.39)–5.x' },
    // azurerm 4.0 upgrade guide: "The deprecated api_server_authorized_ip_ranges property has been removed".
    { form: 'azurerm_kubernetes_cluster.api_server_authorized_ip_ranges', providers: 'azurerm 3.x' },
  ],
  check: (doc) =>
    checkEach(doc, 'azurerm_kubernetes_cluster', (aks) => {
      const ranges = () => [...cidrsAt(aks.values, 'api_server_access_profile.authorized_ip_ranges'), ...cidrsAt(aks.values, 'api_server_authorized_ip_ranges')];
      const restricted = anyOf(
        () => flag(aks.values, 'private_cluster_enabled') === true,
        () => ranges().length > 0 && !ranges().some(isOpenCidr),
      );
      if (restricted) return undefined;
      return ranges().length === 0 ? 'public API server open to any address (no authorized_ip_ranges)' : 'authorized_ip_ranges includes 0.0.0.0/0';
    }),
});
