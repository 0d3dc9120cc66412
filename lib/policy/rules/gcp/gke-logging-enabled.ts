import { checkEach, defineRule } from '../../rule';
import { get, strings } from '../../../terraform-json';

/** Cluster logging is not switched off: system component logs reach Cloud Logging. */
export const gkeLoggingEnabled = defineRule(__filename, {
  description: 'GKE clusters send system logs to Cloud Logging',
  category: 'audit-logging',
  severity: 'error',
  fix: 'Remove logging_service = "none" and keep "SYSTEM_COMPONENTS" in logging_config.enable_components',
  check: (doc) =>
    checkEach(doc, 'google_container_cluster', (gke) => {
      if (gke.values.logging_service === 'none') return 'logging_service is "none"';
      const components = get(gke.values, 'logging_config.enable_components');
      if (components === undefined) return undefined; // GKE default: system components and workloads
      return strings(components).includes('SYSTEM_COMPONENTS') ? undefined : 'SYSTEM_COMPONENTS logging is off';
    }),
});
