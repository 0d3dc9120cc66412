import { checkEach, defineRule } from '../../rule';
import { isSet, isTrue } from '../../../terraform-json';

/** The master password lives in Secrets Manager (rotated by RDS), never in Terraform state. */
export const rdsManagedPassword = defineRule(__filename, {
  description: 'RDS master passwords are managed by RDS in Secrets Manager',
  category: 'identity',
  severity: 'error',
  fix: 'Set manage_master_user_password = true and remove password',
  check: (doc) =>
    checkEach(doc, ['aws_db_instance', 'aws_rds_cluster'], (db) => {
      if (isTrue(db.values.manage_master_user_password)) return undefined;
      const password = db.values.password ?? db.values.master_password;
      return isSet(password) ? 'the master password is set in Terraform and kept in state' : undefined;
    }),
});
