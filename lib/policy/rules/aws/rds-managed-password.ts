import { checkEach, defineRule } from '../../rule';
import { configured, flag } from '../../read';
import { AWS } from '../../private/providers';

/** The master password lives in Secrets Manager (rotated by RDS), never in Terraform. */
export const rdsManagedPassword = defineRule(__filename, {
  description: 'RDS master passwords are managed by RDS in Secrets Manager',
  category: 'identity',
  severity: 'error',
  fix: 'Set manage_master_user_password = true and remove password (or password_wo)',
  understands: [
    { form: 'manage_master_user_password; aws_db_instance.password, aws_rds_cluster.master_password', providers: AWS },
    { form: 'aws_db_instance.password_wo, aws_rds_cluster.master_password_wo (write-only arguments, Terraform ≥ 1.11)', providers: 'aws releases with write-only arguments' },
  ],
  check: (doc) =>
    checkEach(doc, ['aws_db_instance', 'aws_rds_cluster'], (db) => {
      if (flag(db.values, 'manage_master_user_password') === true) return undefined;
      if (configured(db.values, 'password') || configured(db.values, 'master_password')) return 'the master password is set in Terraform and kept in state';
      if (configured(db.values, 'password_wo') || configured(db.values, 'master_password_wo')) {
        return 'the master password is set by Terraform (write-only: kept out of state, but neither managed nor rotated by RDS)';
      }
      return undefined;
    }),
});
