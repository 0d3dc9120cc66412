import { checkEach, defineRule } from '../../rule';
import { text } from '../../read';
import { sqlEngine } from '../../private/cloud-sql';
import { GOOGLE } from '../../private/providers';
import { block, blocks } from '../../../terraform-json';

/** Flags that switch on IAM database authentication: PostgreSQL and MySQL (Cloud SQL "IAM database authentication"). */
const IAM_FLAGS: Readonly<Record<string, string>> = { postgres: 'cloudsql.iam_authentication', mysql: 'cloudsql_iam_authentication' };

/** Workloads sign in as IAM principals (Workload Identity) instead of with stored passwords. */
export const sqlIamAuthentication = defineRule(__filename, {
  description: 'Cloud SQL instances accept IAM database authentication (PostgreSQL, MySQL)',
  category: 'identity',
  severity: 'error',
  fix: 'Add settings.database_flags { name = "cloudsql.iam_authentication" (MySQL: cloudsql_iam_authentication), value = "on" }',
  understands: [
    { form: 'settings.database_flags[cloudsql.iam_authentication = on] (POSTGRES_*)', providers: GOOGLE },
    { form: 'settings.database_flags[cloudsql_iam_authentication = on] (MYSQL_*)', providers: GOOGLE },
    { form: 'database_version SQLSERVER_* (no IAM database authentication flag: exempt)', providers: GOOGLE },
  ],
  check: (doc) =>
    checkEach(doc, 'google_sql_database_instance', (sql) => {
      const engine = sqlEngine(sql);
      if (engine === 'sqlserver') return undefined;
      const flags = blocks(block(sql.values, 'settings'), 'database_flags');
      const wanted = engine ? [IAM_FLAGS[engine]] : Object.values(IAM_FLAGS);
      const on = flags.some((f) => wanted.includes(text(f, 'name') ?? '') && text(f, 'value')?.toLowerCase() === 'on');
      return on ? undefined : 'IAM database authentication is off';
    }),
});
