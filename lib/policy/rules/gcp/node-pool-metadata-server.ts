import { checkEach, defineRule } from '../../rule';
import { text } from '../../read';
import { NODE_POOL_TYPES, nodeConfigs } from '../../private/node-pools';
import { GOOGLE } from '../../private/providers';

/** Pods see the GKE metadata server, which serves Workload Identity tokens and hides the node's credentials. */
export const nodePoolMetadataServer = defineRule(__filename, {
  description: 'GKE node pools run the GKE metadata server',
  category: 'identity',
  severity: 'error',
  fix: 'Set node_config { workload_metadata_config { mode = "GKE_METADATA" } }',
  understands: [
    { form: 'google_container_node_pool.node_config.workload_metadata_config.mode = "GKE_METADATA"', providers: GOOGLE },
    // google 4.0 upgrade guide: "node_config.workload_metadata_config.node_metadata is now removed in favor of mode".
    { form: 'node_config.workload_metadata_config.node_metadata = "GKE_METADATA_SERVER"', providers: 'google 3.x' },
    { form: 'google_container_cluster.node_pool[*].node_config and node_config of the default pool', providers: GOOGLE },
  ],
  check: (doc) =>
    checkEach(doc, NODE_POOL_TYPES, (resource) => {
      const exposed = nodeConfigs(resource).filter(({ config }) => {
        const mode = text(config, 'workload_metadata_config.mode');
        return mode !== 'GKE_METADATA' && !(mode === undefined && text(config, 'workload_metadata_config.node_metadata') === 'GKE_METADATA_SERVER');
      });
      return exposed.length === 0 ? undefined : `pods can read node credentials in ${exposed.map((e) => e.where).join(', ')} (metadata mode is not GKE_METADATA)`;
    }),
});
