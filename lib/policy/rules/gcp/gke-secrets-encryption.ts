import { checkEach, defineRule } from '../../rule';
import { block, isSet } from '../../../terraform-json';

/** Kubernetes secrets in etcd are encrypted with a Cloud KMS key (application-layer secrets encryption). */
export const gkeSecretsEncryption = defineRule(__filename, {
  description: 'GKE encrypts secrets with a customer-managed Cloud KMS key',
  category: 'customer-managed-key',
  severity: 'warning',
  fix: 'Set database_encryption { state = "ENCRYPTED", key_name = <crypto key id> } (from the advanced level)',
  check: (doc) =>
    checkEach(doc, 'google_container_cluster', (gke) => {
      const enc = block(gke.values, 'database_encryption');
      return enc?.state === 'ENCRYPTED' && isSet(enc.key_name) ? undefined : 'secrets use Google-managed encryption only';
    }),
});
