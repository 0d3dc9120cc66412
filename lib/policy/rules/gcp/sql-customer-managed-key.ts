import { checkEach, defineRule } from '../../rule';
import { configured } from '../../read';
import { GOOGLE } from '../../private/providers';

/** Data is encrypted with a Cloud KMS key the tenant controls (CMEK). */
export const sqlCustomerManagedKey = defineRule(__filename, {
  description: 'Cloud SQL instances use a customer-managed key',
  category: 'customer-managed-key',
  severity: 'warning',
  fix: 'Set encryption_key_name to a google_kms_crypto_key in the same region (at creation; from the advanced level)',
  understands: [{ form: 'google_sql_database_instance.encryption_key_name', providers: GOOGLE }],
  check: (doc) =>
    checkEach(doc, 'google_sql_database_instance', (sql) => (configured(sql.values, 'encryption_key_name') ? undefined : 'data uses Google-managed keys')),
});
