import { checkEach, defineRule } from '../../rule';
import { text } from '../../read';

/** No IAM binding can make the bucket public (allUsers / allAuthenticatedUsers). */
export const storagePublicAccessPrevention = defineRule(__filename, {
  description: 'Cloud Storage buckets enforce public access prevention',
  category: 'public-exposure',
  severity: 'error',
  fix: 'Set public_access_prevention = "enforced"',
  understands: [{ form: 'google_storage_bucket.public_access_prevention = "enforced" (not "inherited")', providers: 'google 4.42–7.x' }],
  check: (doc) =>
    checkEach(doc, 'google_storage_bucket', (b) =>
      text(b.values, 'public_access_prevention') === 'enforced' ? undefined : 'the bucket can be made public (public_access_prevention not enforced)',
    ),
});
