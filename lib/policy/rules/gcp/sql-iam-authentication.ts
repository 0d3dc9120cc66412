import { checkEach, defineRule } from '../../rule';
import { block, blocks } from '../../../terraform-json';

/** Flags that switch on IAM database authentication (PostgreSQL, MySQL). */
const IAM_FLAGS = ['cloudsql.iam_authentication', 'cloudsql_iam_authentication'];

/** Workloads sign in as IAM principals (Workload Identity) instead of with stored passwords. */
export const sqlIamAuthentication = defineRule(__filename, {
  description: 'Cloud SQL instances accept IAM database authentication',
  category: 'identity',
  severity: 'error',
  fix: 'Add settings.database_flags { name = "cloudsql.iam_authentication", value = "on" }',
  check: (doc) =>
    checkEach(doc, 'google_sql_database_instance', (sql) => {
      const flags = blocks(block(sql.values, 'settings'), 'database_flags');
      const on = flags.some((f) => IAM_FLAGS.includes(String(f.name)) && String(f.value).toLowerCase() === 'on');
      return on ? undefined : 'IAM database authentication is off';
    }),
});
