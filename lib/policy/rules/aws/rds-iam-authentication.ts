import { checkEach, defineRule } from '../../rule';
import { isTrue } from '../../../terraform-json';

/** Workloads log in with short-lived IAM tokens instead of stored database passwords. */
export const rdsIamAuthentication = defineRule(__filename, {
  description: 'RDS databases accept IAM authentication',
  category: 'identity',
  severity: 'error',
  fix: 'Set iam_database_authentication_enabled = true',
  check: (doc) =>
    checkEach(doc, ['aws_db_instance', 'aws_rds_cluster'], (db) =>
      isTrue(db.values.iam_database_authentication_enabled) ? undefined : 'IAM database authentication is off',
    ),
});
