import { checkEach, defineRule } from '../../rule';
import { isTrue, referrers } from '../../../terraform-json';

const SETTINGS = ['block_public_acls', 'block_public_policy', 'ignore_public_acls', 'restrict_public_buckets'] as const;

/** Every S3 bucket has a public access block with all four settings on. Cross-resource. */
export const s3PublicAccessBlock = defineRule(__filename, {
  description: 'S3 buckets block every form of public access',
  category: 'public-exposure',
  severity: 'error',
  fix: `Add an aws_s3_bucket_public_access_block for the bucket with ${SETTINGS.join(', ')} = true`,
  check: (doc) =>
    checkEach(doc, 'aws_s3_bucket', (bucket) => {
      const blocks = referrers(doc, 'aws_s3_bucket_public_access_block', 'bucket', bucket);
      if (blocks.length === 0) return 'no aws_s3_bucket_public_access_block references this bucket';
      const off = SETTINGS.filter((s) => !blocks.some((b) => isTrue(b.values[s])));
      return off.length === 0 ? undefined : `public access block leaves ${off.join(', ')} off`;
    }),
});
