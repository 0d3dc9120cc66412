import { checkEach, defineRule } from '../../rule';
import { configured } from '../../read';
import { AWS } from '../../private/providers';

/** Log events are encrypted with a customer-managed KMS key. */
export const cloudwatchLogEncryption = defineRule(__filename, {
  description: 'CloudWatch log groups are encrypted with a KMS key',
  category: 'encryption-at-rest',
  severity: 'error',
  fix: 'Set kms_key_id on the aws_cloudwatch_log_group (the key policy must allow logs.<region>.amazonaws.com)',
  understands: [{ form: 'aws_cloudwatch_log_group.kms_key_id (a key ARN, or a reference to one)', providers: AWS }],
  check: (doc) =>
    checkEach(doc, 'aws_cloudwatch_log_group', (group) => (configured(group.values, 'kms_key_id') ? undefined : 'no kms_key_id')),
});
