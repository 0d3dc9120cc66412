import { checkEach, defineRule } from '../../rule';
import { anyOf, flag } from '../../read';
import { AWS } from '../../private/providers';
import { bucketConfigs } from '../../private/s3';

const SETTINGS = ['block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets'] as const;

/**
 * Every S3 bucket has public access blocked on all four settings: by its own aws_s3_bucket_public_access_block, or by
 * the account's (aws_s3_account_public_access_block), since S3 applies the most restrictive of the two (S3 User
 * Guide, "Blocking public access to your Amazon S3 storage"). Cross-resource.
 */
export const s3PublicAccessBlock = defineRule(__filename, {
  description: 'S3 buckets block every form of public access',
  category: 'public-exposure',
  severity: 'error',
  fix: `Add an aws_s3_bucket_public_access_block for the bucket (or an aws_s3_account_public_access_block) with ${SETTINGS.join(', ')} = true`,
  understands: [
    { form: 'aws_s3_bucket_public_access_block { bucket, block_public_acls, block_public_policy, ignore_public_acls, restrict_public_buckets }', providers: AWS },
    { form: 'aws_s3_account_public_access_block (the same four settings, for every bucket of the account)', providers: AWS },
  ],
  check: (doc) => {
    const account = doc.resources.filter((r) => r.type === 'aws_s3_account_public_access_block');
    return checkEach(doc, 'aws_s3_bucket', (bucket) => {
      const blocks = [...account, ...bucketConfigs(doc, 'aws_s3_bucket_public_access_block', bucket)];
      if (blocks.length === 0) return 'no aws_s3_bucket_public_access_block references this bucket';
      const off = SETTINGS.filter((s) => !anyOf(...blocks.map((b) => () => flag(b.values, s) === true)));
      return off.length === 0 ? undefined : `public access block leaves ${off.join(', ')} off`;
    });
  },
});
