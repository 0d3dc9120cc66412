import { checkEach, defineRule } from '../../rule';
import { configured } from '../../read';
import { GOOGLE } from '../../private/providers';

/** Objects are encrypted with a Cloud KMS key the tenant controls. */
export const storageCustomerManagedKey = defineRule(__filename, {
  description: 'Cloud Storage buckets use a customer-managed default key',
  category: 'customer-managed-key',
  severity: 'warning',
  fix: 'Set encryption { default_kms_key_name = <crypto key id> } (from the advanced level)',
  understands: [{ form: 'google_storage_bucket.encryption.default_kms_key_name', providers: GOOGLE }],
  check: (doc) =>
    checkEach(doc, 'google_storage_bucket', (b) => (configured(b.values, 'encryption.default_kms_key_name') ? undefined : 'objects use Google-managed keys')),
});
