import { checkEach, defineRule } from '../../rule';
import { isSet } from '../../../terraform-json';

/** Log events are encrypted with a customer-managed KMS key. */
export const cloudwatchLogEncryption = defineRule(__filename, {
  description: 'CloudWatch log groups are encrypted with a KMS key',
  category: 'encryption-at-rest',
  severity: 'error',
  fix: 'Set kms_key_id on the aws_cloudwatch_log_group (the key policy must allow logs.<region>.amazonaws.com)',
  check: (doc) =>
    checkEach(doc, 'aws_cloudwatch_log_group', (group) => (isSet(group.values.kms_key_id) ? undefined : 'no kms_key_id')),
});
