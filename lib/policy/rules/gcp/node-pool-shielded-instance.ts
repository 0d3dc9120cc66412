import { checkEach, defineRule } from '../../rule';
import { flag } from '../../read';
import { NODE_POOL_TYPES, nodeConfigs } from '../../private/node-pools';
import { GOOGLE } from '../../private/providers';

/** Node VMs use secure boot and integrity monitoring. */
export const nodePoolShieldedInstance = defineRule(__filename, {
  description: 'GKE node pools enable secure boot and integrity monitoring',
  category: 'hardening',
  severity: 'error',
  fix: 'Set node_config { shielded_instance_config { enable_secure_boot = true, enable_integrity_monitoring = true } }',
  understands: [
    { form: 'node_config.shielded_instance_config { enable_secure_boot (default false), enable_integrity_monitoring (default true) }', providers: GOOGLE },
    { form: 'google_container_cluster.node_pool[*].node_config and node_config of the default pool', providers: GOOGLE },
  ],
  check: (doc) =>
    checkEach(doc, NODE_POOL_TYPES, (resource) => {
      const weak = nodeConfigs(resource).filter(
        ({ config }) => flag(config, 'shielded_instance_config.enable_secure_boot') !== true || flag(config, 'shielded_instance_config.enable_integrity_monitoring') === false,
      );
      return weak.length === 0 ? undefined : `secure boot or integrity monitoring is off in ${weak.map((w) => w.where).join(', ')}`;
    }),
});
