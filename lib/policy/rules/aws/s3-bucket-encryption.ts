import { checkEach, defineRule } from '../../rule';
import { configured, text } from '../../read';
import { AWS } from '../../private/providers';
import { bucketConfigs } from '../../private/s3';
import { blocks, referrers, type Json } from '../../../terraform-json';

/**
 * S3 buckets encrypt objects with a customer-managed KMS key. Cross-resource: the bucket is encrypted only when an
 * aws_s3_bucket_server_side_encryption_configuration references it (or, on provider < 4, the inline block).
 * Server access log target buckets are the exception: S3 delivers access logs only to SSE-S3 (AES256) buckets.
 */
export const s3BucketEncryption = defineRule(__filename, {
  description: 'S3 buckets default to SSE-KMS with a customer-managed key',
  category: 'encryption-at-rest',
  severity: 'error',
  fix: 'Add an aws_s3_bucket_server_side_encryption_configuration for the bucket with sse_algorithm "aws:kms" and kms_master_key_id set to your key',
  understands: [
    { form: 'aws_s3_bucket_server_side_encryption_configuration.rule.apply_server_side_encryption_by_default { sse_algorithm aws:kms | aws:kms:dsse, kms_master_key_id }', providers: AWS },
    { form: 'aws_s3_bucket.server_side_encryption_configuration (inline)', providers: 'aws 3.x; deprecated from 4.x' },
  ],
  check: (doc) =>
    checkEach(doc, 'aws_s3_bucket', (bucket) => {
      const inline = blocks(bucket.values, 'server_side_encryption_configuration');
      const configs: Json[] = inline.length > 0 ? inline : bucketConfigs(doc, 'aws_s3_bucket_server_side_encryption_configuration', bucket).map((c) => c.values);
      if (configs.length === 0) return 'no aws_s3_bucket_server_side_encryption_configuration references this bucket';
      const defaults = configs.flatMap((c) => blocks(c, 'rule')).flatMap((r) => blocks(r, 'apply_server_side_encryption_by_default'));
      const kms = defaults.some((d) => (text(d, 'sse_algorithm') ?? '').startsWith('aws:kms') && configured(d, 'kms_master_key_id'));
      const logTarget = referrers(doc, 'aws_s3_bucket_logging', 'target_bucket', bucket).length > 0;
      if (logTarget && defaults.some((d) => text(d, 'sse_algorithm') === 'AES256')) return undefined;
      return kms ? undefined : 'default encryption is not aws:kms with a customer-managed kms_master_key_id';
    }),
});
