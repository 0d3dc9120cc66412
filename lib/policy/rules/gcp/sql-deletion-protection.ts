import { checkEach, defineRule } from '../../rule';
import { get, isFalse, isTrue } from '../../../terraform-json';

/** Neither Terraform (deletion_protection, default true) nor the API (deletion_protection_enabled) may delete it. */
export const sqlDeletionProtection = defineRule(__filename, {
  description: 'Cloud SQL instances have deletion protection',
  category: 'deletion-protection',
  severity: 'warning',
  fix: 'Keep deletion_protection = true and set settings.deletion_protection_enabled = true (tier database.deletionProtection)',
  check: (doc) =>
    checkEach(doc, 'google_sql_database_instance', (sql) => {
      if (isFalse(sql.values.deletion_protection)) return 'Terraform may delete the instance (deletion_protection = false)';
      return isTrue(get(sql.values, 'settings.deletion_protection_enabled')) ? undefined : 'the API may delete the instance (settings.deletion_protection_enabled)';
    }),
});
