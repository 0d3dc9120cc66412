import { checkEach, defineRule } from '../../rule';
import { anyOf, flag, text } from '../../read';
import { AWS } from '../../private/providers';
import { bucketConfigs } from '../../private/s3';

/** S3 buckets keep object versions, so an overwrite or delete can be undone. Cross-resource. */
export const s3BucketVersioning = defineRule(__filename, {
  description: 'S3 buckets have versioning enabled',
  category: 'backup',
  severity: 'error',
  fix: 'Add an aws_s3_bucket_versioning for the bucket with versioning_configuration.status = "Enabled"',
  understands: [
    { form: 'aws_s3_bucket_versioning.versioning_configuration.status = "Enabled"', providers: AWS },
    { form: 'aws_s3_bucket.versioning { enabled } (inline)', providers: 'aws 3.x; deprecated from 4.x' },
  ],
  check: (doc) =>
    checkEach(doc, 'aws_s3_bucket', (bucket) => {
      const enabled = anyOf(
        () => flag(bucket.values, 'versioning.enabled') === true,
        () => bucketConfigs(doc, 'aws_s3_bucket_versioning', bucket).some((v) => text(v.values, 'versioning_configuration.status') === 'Enabled'),
      );
      return enabled ? undefined : 'versioning is not enabled';
    }),
});
