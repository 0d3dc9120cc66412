import { checkEach, defineRule } from '../../rule';
import { isTrue } from '../../../terraform-json';

/** RDS refuses to delete the database until deletion protection is switched off. */
export const rdsDeletionProtection = defineRule(__filename, {
  description: 'RDS databases have deletion protection',
  category: 'deletion-protection',
  severity: 'warning',
  fix: 'Set deletion_protection = true (tier database.deletionProtection)',
  check: (doc) =>
    checkEach(doc, ['aws_db_instance', 'aws_rds_cluster'], (db) =>
      isTrue(db.values.deletion_protection) ? undefined : 'deletion_protection is off',
    ),
});
