import { checkEach, defineRule } from '../../rule';
import { flag } from '../../read';
import { GOOGLE } from '../../private/providers';

/** Neither Terraform (deletion_protection, default true) nor the API (deletion_protection_enabled) may delete it. */
export const sqlDeletionProtection = defineRule(__filename, {
  description: 'Cloud SQL instances have deletion protection',
  category: 'deletion-protection',
  severity: 'warning',
  fix: 'Keep deletion_protection = true and set settings.deletion_protection_enabled = true (tier database.deletionProtection)',
  understands: [{ form: 'google_sql_database_instance.deletion_protection (default true), settings.deletion_protection_enabled', providers: GOOGLE }],
  check: (doc) =>
    checkEach(doc, 'google_sql_database_instance', (sql) => {
      if (flag(sql.values, 'deletion_protection') === false) return 'Terraform may delete the instance (deletion_protection = false)';
      return flag(sql.values, 'settings.deletion_protection_enabled') === true ? undefined : 'the API may delete the instance (settings.deletion_protection_enabled)';
    }),
});
