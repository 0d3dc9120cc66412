import { checkEach, defineRule } from '../../rule';
import { isTrue } from '../../../terraform-json';

/** Access is granted by IAM only; object ACLs cannot make single objects public. */
export const storageUniformAccess = defineRule(__filename, {
  description: 'Cloud Storage buckets use uniform bucket-level access',
  category: 'public-exposure',
  severity: 'error',
  fix: 'Set uniform_bucket_level_access = true',
  check: (doc) =>
    checkEach(doc, 'google_storage_bucket', (b) => (isTrue(b.values.uniform_bucket_level_access) ? undefined : 'object ACLs are in effect')),
});
