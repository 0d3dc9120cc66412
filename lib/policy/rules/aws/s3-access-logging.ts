import { checkEach, defineRule } from '../../rule';
import { block, isSet, referrers } from '../../../terraform-json';

/** S3 server access logs record every request to a bucket. Cross-resource. */
export const s3AccessLogging = defineRule(__filename, {
  description: 'S3 buckets write server access logs',
  category: 'extended-logging',
  severity: 'warning',
  fix: 'Add an aws_s3_bucket_logging for the bucket with a target_bucket (on from the enhanced security level)',
  check: (doc) =>
    checkEach(doc, 'aws_s3_bucket', (bucket) => {
      if (referrers(doc, 'aws_s3_bucket_logging', 'target_bucket', bucket).length > 0) return undefined; // a log bucket
      const logging = referrers(doc, 'aws_s3_bucket_logging', 'bucket', bucket);
      const inline = isSet(block(bucket.values, 'logging')?.target_bucket);
      return logging.length > 0 || inline ? undefined : 'no aws_s3_bucket_logging references this bucket';
    }),
});
