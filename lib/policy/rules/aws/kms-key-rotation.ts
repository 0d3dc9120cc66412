import { checkEach, defineRule } from '../../rule';
import { isTrue } from '../../../terraform-json';

/** Customer-managed KMS keys rotate their key material automatically (yearly by default). */
export const kmsKeyRotation = defineRule(__filename, {
  description: 'KMS keys rotate their key material automatically',
  category: 'key-rotation',
  severity: 'warning',
  fix: 'Set enable_key_rotation = true on the aws_kms_key (AwsEncryption keyRotation: true)',
  check: (doc) =>
    checkEach(doc, 'aws_kms_key', (key) => {
      if (key.values.customer_master_key_spec && key.values.customer_master_key_spec !== 'SYMMETRIC_DEFAULT') return undefined;
      return isTrue(key.values.enable_key_rotation) ? undefined : 'automatic key rotation is off (enable_key_rotation)';
    }),
});
