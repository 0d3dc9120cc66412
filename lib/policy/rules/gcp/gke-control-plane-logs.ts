import { checkEach, defineRule } from '../../rule';
import { textList } from '../../read';
import { GOOGLE } from '../../private/providers';

/** Control-plane components whose logs the enhanced security level keeps (audit logs are always on in GCP). */
const CONTROL_PLANE = ['APISERVER', 'SCHEDULER', 'CONTROLLER_MANAGER'];

/** GKE sends API server, scheduler and controller manager logs to Cloud Logging. */
export const gkeControlPlaneLogs = defineRule(__filename, {
  description: 'GKE sends all control-plane component logs',
  category: 'extended-logging',
  severity: 'warning',
  fix: `Set logging_config { enable_components = ["SYSTEM_COMPONENTS", "WORKLOADS", ${CONTROL_PLANE.map((c) => `"${c}"`).join(', ')}] }`,
  understands: [{ form: 'google_container_cluster.logging_config.enable_components (a list; a set from google 8)', providers: GOOGLE }],
  check: (doc) =>
    checkEach(doc, 'google_container_cluster', (gke) => {
      const on = textList(gke.values, 'logging_config.enable_components');
      const missing = CONTROL_PLANE.filter((c) => !on.includes(c));
      return missing.length === 0 ? undefined : `control-plane logs ${missing.join(', ')} are off`;
    }),
});
