import { checkEach, defineRule } from '../../rule';
import { configured } from '../../read';
import { AWS } from '../../private/providers';
import { bucketConfigs } from '../../private/s3';
import { referrers } from '../../../terraform-json';

/** S3 server access logs record every request to a bucket. Cross-resource. */
export const s3AccessLogging = defineRule(__filename, {
  description: 'S3 buckets write server access logs',
  category: 'extended-logging',
  severity: 'warning',
  fix: 'Add an aws_s3_bucket_logging for the bucket with a target_bucket (on from the enhanced security level)',
  understands: [
    { form: 'aws_s3_bucket_logging { bucket, target_bucket } (a log target bucket is exempt)', providers: AWS },
    { form: 'aws_s3_bucket.logging { target_bucket } (inline)', providers: 'aws 3.x; deprecated from 4.x' },
  ],
  check: (doc) =>
    checkEach(doc, 'aws_s3_bucket', (bucket) => {
      if (referrers(doc, 'aws_s3_bucket_logging', 'target_bucket', bucket).length > 0) return undefined; // a log bucket
      if (configured(bucket.values, 'logging.target_bucket')) return undefined;
      return bucketConfigs(doc, 'aws_s3_bucket_logging', bucket).length > 0 ? undefined : 'no aws_s3_bucket_logging references this bucket';
    }),
});
