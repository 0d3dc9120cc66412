import { checkEach, defineRule } from '../../rule';
import { get, isTrue } from '../../../terraform-json';

/** Blob versions keep every overwritten or deleted object recoverable. */
export const storageBlobVersioning = defineRule(__filename, {
  description: 'Storage accounts keep blob versions',
  category: 'backup',
  severity: 'error',
  fix: 'Set blob_properties { versioning_enabled = true } (and delete_retention_policy)',
  check: (doc) =>
    checkEach(doc, 'azurerm_storage_account', (sa) =>
      isTrue(get(sa.values, 'blob_properties.versioning_enabled')) ? undefined : 'blob versioning is off',
    ),
});
