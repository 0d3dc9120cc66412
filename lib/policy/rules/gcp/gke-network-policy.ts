import { checkEach, defineRule } from '../../rule';
import { get, isTrue } from '../../../terraform-json';

/** NetworkPolicy objects are enforced (Dataplane V2 or the Calico add-on). */
export const gkeNetworkPolicy = defineRule(__filename, {
  description: 'GKE clusters enforce network policy',
  category: 'network-policy',
  severity: 'error',
  fix: 'Set datapath_provider = "ADVANCED_DATAPATH" (Dataplane V2), or network_policy { enabled = true }',
  check: (doc) =>
    checkEach(doc, 'google_container_cluster', (gke) => {
      const dpv2 = gke.values.datapath_provider === 'ADVANCED_DATAPATH';
      return dpv2 || isTrue(get(gke.values, 'network_policy.enabled')) ? undefined : 'NetworkPolicy objects are not enforced';
    }),
});
