import { checkEach, defineRule } from '../../rule';
import { text, textList } from '../../read';
import { GOOGLE } from '../../private/providers';
import { get } from '../../../terraform-json';

/** Cluster logging is not switched off: system component logs reach Cloud Logging. */
export const gkeLoggingEnabled = defineRule(__filename, {
  description: 'GKE clusters send system logs to Cloud Logging',
  category: 'audit-logging',
  severity: 'error',
  fix: 'Remove logging_service = "none" and keep "SYSTEM_COMPONENTS" in logging_config.enable_components',
  understands: [
    { form: 'google_container_cluster.logging_service ("none" turns logging off)', providers: GOOGLE },
    { form: 'google_container_cluster.logging_config.enable_components (unset: GKE logs system components and workloads)', providers: GOOGLE },
  ],
  check: (doc) =>
    checkEach(doc, 'google_container_cluster', (gke) => {
      if (text(gke.values, 'logging_service') === 'none') return 'logging_service is "none"';
      if (get(gke.values, 'logging_config.enable_components') === undefined) return undefined;
      return textList(gke.values, 'logging_config.enable_components').includes('SYSTEM_COMPONENTS') ? undefined : 'SYSTEM_COMPONENTS logging is off';
    }),
});
