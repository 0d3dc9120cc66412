import { checkEach, defineRule } from '../../rule';
import { get, isFalse, isTrue } from '../../../terraform-json';

/** Node VMs use secure boot and integrity monitoring. */
export const nodePoolShieldedInstance = defineRule(__filename, {
  description: 'GKE node pools enable secure boot and integrity monitoring',
  category: 'hardening',
  severity: 'error',
  fix: 'Set node_config { shielded_instance_config { enable_secure_boot = true, enable_integrity_monitoring = true } }',
  check: (doc) =>
    checkEach(doc, 'google_container_node_pool', (pool) => {
      const secureBoot = isTrue(get(pool.values, 'node_config.shielded_instance_config.enable_secure_boot'));
      const integrity = !isFalse(get(pool.values, 'node_config.shielded_instance_config.enable_integrity_monitoring'));
      return secureBoot && integrity ? undefined : 'secure boot or integrity monitoring is off';
    }),
});
