import { checkEach, defineRule } from '../../rule';
import { configured, flag } from '../../read';
import { GOOGLE } from '../../private/providers';

/** Pods act as Google service accounts through Workload Identity Federation, not exported keys. */
export const gkeWorkloadIdentity = defineRule(__filename, {
  description: 'GKE clusters enable Workload Identity',
  category: 'identity',
  severity: 'error',
  fix: 'Set workload_identity_config { workload_pool = "<project>.svc.id.goog" }',
  understands: [
    { form: 'google_container_cluster.workload_identity_config.workload_pool', providers: GOOGLE },
    // google 4.0 upgrade guide: "workload_identity_config.0.identity_namespace is now removed in favor of workload_pool".
    { form: 'google_container_cluster.workload_identity_config.identity_namespace', providers: 'google 3.x' },
    // GKE docs: "In Autopilot, Workload Identity Federation for GKE is always enabled".
    { form: 'google_container_cluster.enable_autopilot = true (always on)', providers: GOOGLE },
  ],
  check: (doc) =>
    checkEach(doc, 'google_container_cluster', (gke) => {
      if (flag(gke.values, 'enable_autopilot') === true) return undefined;
      const pool = configured(gke.values, 'workload_identity_config.workload_pool') || configured(gke.values, 'workload_identity_config.identity_namespace');
      return pool ? undefined : 'Workload Identity is off';
    }),
});
