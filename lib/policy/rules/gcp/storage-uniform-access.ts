import { checkEach, defineRule } from '../../rule';
import { flag } from '../../read';
import { GOOGLE } from '../../private/providers';

/** Access is granted by IAM only; object ACLs cannot make single objects public. */
export const storageUniformAccess = defineRule(__filename, {
  description: 'Cloud Storage buckets use uniform bucket-level access',
  category: 'public-exposure',
  severity: 'error',
  fix: 'Set uniform_bucket_level_access = true',
  understands: [
    { form: 'google_storage_bucket.uniform_bucket_level_access', providers: GOOGLE },
    // google 4.0 upgrade guide: "bucket_policy_only field is now removed in favor of uniform_bucket_level_access".
    { form: 'google_storage_bucket.bucket_policy_only', providers: 'google 3.x' },
  ],
  check: (doc) =>
    checkEach(doc, 'google_storage_bucket', (b) =>
      (flag(b.values, 'uniform_bucket_level_access') ?? flag(b.values, 'bucket_policy_only')) === true ? undefined : 'object ACLs are in effect',
    ),
});
