import { checkEach, defineRule } from '../../rule';
import { configured, flag } from '../../read';
import { AWS } from '../../private/providers';
import { block, blocks } from '../../../terraform-json';

/** Node volumes are encrypted with a customer-managed KMS key. */
export const launchTemplateEbsEncryption = defineRule(__filename, {
  description: 'Launch template EBS volumes are encrypted with a KMS key',
  category: 'encryption-at-rest',
  severity: 'error',
  fix: 'Add block_device_mappings { ebs { encrypted = "true", kms_key_id = <key ARN> } } to the aws_launch_template',
  understands: [
    // aws 6.0 upgrade guide, "Nullable Boolean Validation Update": `encrypted` takes "", true or false; 5.x also 0 and 1.
    { form: 'aws_launch_template.block_device_mappings.ebs.encrypted (true, "true"; "1" on aws < 6)', providers: AWS },
    { form: 'aws_launch_template.block_device_mappings.ebs.kms_key_id', providers: AWS },
  ],
  check: (doc) =>
    checkEach(doc, 'aws_launch_template', (lt) => {
      const volumes = blocks(lt.values, 'block_device_mappings').map((m) => block(m, 'ebs')).filter((e) => e !== undefined);
      if (volumes.length === 0) return 'no block_device_mappings: volumes fall back to the account default encryption';
      const weak = volumes.filter((e) => flag(e, 'encrypted') !== true || !configured(e, 'kms_key_id'));
      return weak.length === 0 ? undefined : `${weak.length} EBS volume(s) without encrypted = true and a kms_key_id`;
    }),
});
