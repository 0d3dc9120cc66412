import { checkEach, defineRule } from '../../rule';
import { configured, text } from '../../read';
import { GOOGLE } from '../../private/providers';

/** Kubernetes secrets in etcd are encrypted with a Cloud KMS key (application-layer secrets encryption). */
export const gkeSecretsEncryption = defineRule(__filename, {
  description: 'GKE encrypts secrets with a customer-managed Cloud KMS key',
  category: 'customer-managed-key',
  severity: 'warning',
  fix: 'Set database_encryption { state = "ENCRYPTED", key_name = <crypto key id> } (from the advanced level)',
  understands: [{ form: 'google_container_cluster.database_encryption { state = "ENCRYPTED", key_name }', providers: GOOGLE }],
  check: (doc) =>
    checkEach(doc, 'google_container_cluster', (gke) =>
      text(gke.values, 'database_encryption.state') === 'ENCRYPTED' && configured(gke.values, 'database_encryption.key_name')
        ? undefined
        : 'secrets use Google-managed encryption only',
    ),
});
