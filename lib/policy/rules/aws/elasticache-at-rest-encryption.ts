import { checkEach, defineRule } from '../../rule';
import { configured, flag } from '../../read';
import { AWS } from '../../private/providers';

/** ElastiCache encrypts data on disk (snapshots, swap) with a customer-managed KMS key. */
export const elasticacheAtRestEncryption = defineRule(__filename, {
  description: 'ElastiCache replication groups encrypt at rest with a customer-managed key',
  category: 'encryption-at-rest',
  severity: 'error',
  fix: 'Set at_rest_encryption_enabled = true and kms_key_id = <KMS key ARN>',
  understands: [
    // aws 6.0 upgrade guide, "Nullable Boolean Validation Update": the flag takes "", true or false; 5.x also 0 and 1.
    { form: 'aws_elasticache_replication_group.at_rest_encryption_enabled (true, "true"; "1" on aws < 6)', providers: AWS },
    { form: 'aws_elasticache_replication_group.kms_key_id', providers: AWS },
  ],
  check: (doc) =>
    checkEach(doc, 'aws_elasticache_replication_group', (rg) => {
      if (flag(rg.values, 'at_rest_encryption_enabled') !== true) return 'at-rest encryption is off';
      return configured(rg.values, 'kms_key_id') ? undefined : 'at-rest encryption uses the AWS-managed key (kms_key_id unset)';
    }),
});
