import { checkEach, defineRule } from '../../rule';
import { get, isTrue, strings } from '../../../terraform-json';
import { isOpenCidr } from '../../private/cidr';

/** The AKS API is private, or public only to authorized IP ranges. */
export const aksApiServerRestricted = defineRule(__filename, {
  description: 'AKS API servers are private or limited to authorized IP ranges',
  category: 'public-exposure',
  severity: 'error',
  fix: 'Set private_cluster_enabled = true, or api_server_access_profile.authorized_ip_ranges to your networks (never 0.0.0.0/0)',
  check: (doc) =>
    checkEach(doc, 'azurerm_kubernetes_cluster', (aks) => {
      if (isTrue(aks.values.private_cluster_enabled)) return undefined;
      const ranges = strings(get(aks.values, 'api_server_access_profile.authorized_ip_ranges'));
      if (ranges.length === 0) return 'public API server open to any address (no authorized_ip_ranges)';
      return ranges.some(isOpenCidr) ? 'authorized_ip_ranges includes 0.0.0.0/0' : undefined;
    }),
});
