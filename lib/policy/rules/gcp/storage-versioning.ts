import { checkEach, defineRule } from '../../rule';
import { flag } from '../../read';
import { GOOGLE } from '../../private/providers';

/** Overwritten and deleted objects stay recoverable as noncurrent versions. */
export const storageVersioning = defineRule(__filename, {
  description: 'Cloud Storage buckets keep object versions',
  category: 'backup',
  severity: 'error',
  fix: 'Set versioning { enabled = true } (with a lifecycle rule for noncurrent versions)',
  understands: [{ form: 'google_storage_bucket.versioning.enabled', providers: GOOGLE }],
  check: (doc) => checkEach(doc, 'google_storage_bucket', (b) => (flag(b.values, 'versioning.enabled') === true ? undefined : 'versioning is off')),
});
