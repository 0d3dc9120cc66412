import { checkEach, defineRule } from '../../rule';
import { flag } from '../../read';
import { AWS } from '../../private/providers';

/** RDS refuses to delete the database until deletion protection is switched off. */
export const rdsDeletionProtection = defineRule(__filename, {
  description: 'RDS databases have deletion protection',
  category: 'deletion-protection',
  severity: 'warning',
  fix: 'Set deletion_protection = true (tier database.deletionProtection)',
  understands: [{ form: 'aws_db_instance.deletion_protection, aws_rds_cluster.deletion_protection', providers: AWS }],
  check: (doc) =>
    checkEach(doc, ['aws_db_instance', 'aws_rds_cluster'], (db) =>
      flag(db.values, 'deletion_protection') === true ? undefined : 'deletion_protection is off',
    ),
});
