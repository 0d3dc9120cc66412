import { checkEach, defineRule } from '../../rule';
import { flag } from '../../read';
import { AWS } from '../../private/providers';
import { engineOf } from '../../private/rds';

/**
 * Engines that offer IAM database authentication: RDS for MySQL, MariaDB and PostgreSQL and Aurora (RDS User Guide,
 * "IAM database authentication": region and version availability). SQL Server, Oracle, Db2 and RDS Custom do not,
 * so they are not held to it.
 */
function supportsIamAuth(engine: string): boolean {
  return ['mysql', 'mariadb', 'postgres'].includes(engine) || engine.startsWith('aurora');
}

/** Workloads log in with short-lived IAM tokens instead of stored database passwords. */
export const rdsIamAuthentication = defineRule(__filename, {
  description: 'RDS databases accept IAM authentication (engines that offer it)',
  category: 'identity',
  severity: 'error',
  fix: 'Set iam_database_authentication_enabled = true',
  understands: [
    { form: 'aws_db_instance.iam_database_authentication_enabled, aws_rds_cluster.iam_database_authentication_enabled', providers: AWS },
    { form: 'engine (a replica: its source engine); sqlserver-*, oracle-*, db2-*, custom-* are exempt', providers: AWS },
  ],
  check: (doc) =>
    checkEach(doc, ['aws_db_instance', 'aws_rds_cluster'], (db) => {
      if (!supportsIamAuth(engineOf(doc, db))) return undefined;
      return flag(db.values, 'iam_database_authentication_enabled') === true ? undefined : 'IAM database authentication is off';
    }),
});
