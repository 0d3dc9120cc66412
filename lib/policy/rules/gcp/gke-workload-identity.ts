import { checkEach, defineRule } from '../../rule';
import { get, isSet } from '../../../terraform-json';

/** Pods act as Google service accounts through Workload Identity Federation, not exported keys. */
export const gkeWorkloadIdentity = defineRule(__filename, {
  description: 'GKE clusters enable Workload Identity',
  category: 'identity',
  severity: 'error',
  fix: 'Set workload_identity_config { workload_pool = "<project>.svc.id.goog" }',
  check: (doc) =>
    checkEach(doc, 'google_container_cluster', (gke) =>
      isSet(get(gke.values, 'workload_identity_config.workload_pool')) ? undefined : 'Workload Identity is off',
    ),
});
