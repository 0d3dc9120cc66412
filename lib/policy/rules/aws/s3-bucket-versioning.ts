import { checkEach, defineRule } from '../../rule';
import { blocks, get, isTrue, referrers } from '../../../terraform-json';

/** S3 buckets keep object versions, so an overwrite or delete can be undone. Cross-resource. */
export const s3BucketVersioning = defineRule(__filename, {
  description: 'S3 buckets have versioning enabled',
  category: 'backup',
  severity: 'error',
  fix: 'Add an aws_s3_bucket_versioning for the bucket with versioning_configuration.status = "Enabled"',
  check: (doc) =>
    checkEach(doc, 'aws_s3_bucket', (bucket) => {
      const enabled = referrers(doc, 'aws_s3_bucket_versioning', 'bucket', bucket)
        .flatMap((v) => blocks(v.values, 'versioning_configuration'))
        .some((c) => c.status === 'Enabled');
      return enabled || isTrue(get(bucket.values, 'versioning.enabled')) ? undefined : 'versioning is not enabled';
    }),
});
