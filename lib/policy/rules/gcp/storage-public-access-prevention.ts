import { checkEach, defineRule } from '../../rule';

/** No IAM binding can make the bucket public (allUsers / allAuthenticatedUsers). */
export const storagePublicAccessPrevention = defineRule(__filename, {
  description: 'Cloud Storage buckets enforce public access prevention',
  category: 'public-exposure',
  severity: 'error',
  fix: 'Set public_access_prevention = "enforced"',
  check: (doc) =>
    checkEach(doc, 'google_storage_bucket', (b) =>
      b.values.public_access_prevention === 'enforced' ? undefined : 'the bucket can be made public (public_access_prevention not enforced)',
    ),
});
