import { checkEach, defineRule } from '../../rule';
import { isSet, isTrue } from '../../../terraform-json';

/** RDS storage, snapshots and replicas are encrypted with a customer-managed KMS key. */
export const rdsStorageEncrypted = defineRule(__filename, {
  description: 'RDS storage is encrypted with a customer-managed KMS key',
  category: 'encryption-at-rest',
  severity: 'error',
  fix: 'Set storage_encrypted = true and kms_key_id = <KMS key ARN> on the database',
  check: (doc) =>
    checkEach(doc, ['aws_db_instance', 'aws_rds_cluster'], (db) => {
      if (!isTrue(db.values.storage_encrypted)) return 'storage is not encrypted (storage_encrypted)';
      return isSet(db.values.kms_key_id) ? undefined : 'storage uses the AWS-managed key, not a customer-managed kms_key_id';
    }),
});
