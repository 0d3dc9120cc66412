import { checkEach, defineRule } from '../../rule';
import { flag } from '../../read';
import { providerDefault } from '../../private/defaults';
import { GOOGLE } from '../../private/providers';

/** Nodes boot with verified integrity (on by default; the rule catches it being turned off). */
export const gkeShieldedNodes = defineRule(__filename, {
  description: 'GKE clusters keep shielded nodes on',
  category: 'hardening',
  severity: 'error',
  fix: 'Remove enable_shielded_nodes = false (or set it to true)',
  understands: [
    // google 4.0 upgrade guide: "enable_shielded_nodes now defaults to true" (the provider defaulted it to false before).
    { form: 'google_container_cluster.enable_shielded_nodes (unset: true from google 4, false on a configuration pinned to 3)', providers: GOOGLE },
  ],
  check: (doc) =>
    checkEach(doc, 'google_container_cluster', (gke) => {
      const on = flag(gke.values, 'enable_shielded_nodes') ?? providerDefault(doc, 'google', (major) => major >= 4, 'enable_shielded_nodes');
      return on ? undefined : 'shielded nodes are off';
    }),
});
