import { checkEach, defineRule } from '../../rule';
import { isSet, isTrue } from '../../../terraform-json';

/** ElastiCache encrypts data on disk (snapshots, swap) with a customer-managed KMS key. */
export const elasticacheAtRestEncryption = defineRule(__filename, {
  description: 'ElastiCache replication groups encrypt at rest with a customer-managed key',
  category: 'encryption-at-rest',
  severity: 'error',
  fix: 'Set at_rest_encryption_enabled = true and kms_key_id = <KMS key ARN>',
  check: (doc) =>
    checkEach(doc, 'aws_elasticache_replication_group', (rg) => {
      if (!isTrue(rg.values.at_rest_encryption_enabled)) return 'at-rest encryption is off';
      return isSet(rg.values.kms_key_id) ? undefined : 'at-rest encryption uses the AWS-managed key (kms_key_id unset)';
    }),
});
