import { checkEach, defineRule } from '../../rule';
import { isFalse } from '../../../terraform-json';

/** Nodes boot with verified integrity (on by default; the rule catches it being turned off). */
export const gkeShieldedNodes = defineRule(__filename, {
  description: 'GKE clusters keep shielded nodes on',
  category: 'hardening',
  severity: 'error',
  fix: 'Remove enable_shielded_nodes = false (or set it to true)',
  check: (doc) =>
    checkEach(doc, 'google_container_cluster', (gke) => (isFalse(gke.values.enable_shielded_nodes) ? 'shielded nodes are off' : undefined)),
});
