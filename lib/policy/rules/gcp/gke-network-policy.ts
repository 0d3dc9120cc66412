import { checkEach, defineRule } from '../../rule';
import { anyOf, flag, text } from '../../read';
import { GOOGLE } from '../../private/providers';

/** NetworkPolicy objects are enforced (Dataplane V2 or the Calico add-on). */
export const gkeNetworkPolicy = defineRule(__filename, {
  description: 'GKE clusters enforce network policy',
  category: 'network-policy',
  severity: 'error',
  fix: 'Set datapath_provider = "ADVANCED_DATAPATH" (Dataplane V2), or network_policy { enabled = true }',
  understands: [
    { form: 'google_container_cluster.datapath_provider = "ADVANCED_DATAPATH"', providers: GOOGLE },
    { form: 'google_container_cluster.network_policy.enabled', providers: GOOGLE },
  ],
  check: (doc) =>
    checkEach(doc, 'google_container_cluster', (gke) =>
      anyOf(
        () => text(gke.values, 'datapath_provider') === 'ADVANCED_DATAPATH',
        () => flag(gke.values, 'network_policy.enabled') === true,
      )
        ? undefined
        : 'NetworkPolicy objects are not enforced',
    ),
});
