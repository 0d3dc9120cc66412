import { checkEach, defineRule } from '../../rule';
import { get } from '../../../terraform-json';

/** Pods see the GKE metadata server, which serves Workload Identity tokens and hides the node's credentials. */
export const nodePoolMetadataServer = defineRule(__filename, {
  description: 'GKE node pools run the GKE metadata server',
  category: 'identity',
  severity: 'error',
  fix: 'Set node_config { workload_metadata_config { mode = "GKE_METADATA" } }',
  check: (doc) =>
    checkEach(doc, 'google_container_node_pool', (pool) => {
      const mode = get(pool.values, 'node_config.workload_metadata_config.mode');
      return mode === 'GKE_METADATA' ? undefined : `pods can read node credentials (metadata mode ${String(mode ?? 'unset')})`;
    }),
});
