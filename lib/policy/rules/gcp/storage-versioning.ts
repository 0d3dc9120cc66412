import { checkEach, defineRule } from '../../rule';
import { get, isTrue } from '../../../terraform-json';

/** Overwritten and deleted objects stay recoverable as noncurrent versions. */
export const storageVersioning = defineRule(__filename, {
  description: 'Cloud Storage buckets keep object versions',
  category: 'backup',
  severity: 'error',
  fix: 'Set versioning { enabled = true } (with a lifecycle rule for noncurrent versions)',
  check: (doc) =>
    checkEach(doc, 'google_storage_bucket', (b) => (isTrue(get(b.values, 'versioning.enabled')) ? undefined : 'versioning is off')),
});
