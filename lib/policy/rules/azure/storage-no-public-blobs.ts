import { checkEach, defineRule } from '../../rule';
import { isFalse } from '../../../terraform-json';

/** No container may be made anonymously readable (the provider default allows it). */
export const storageNoPublicBlobs = defineRule(__filename, {
  description: 'Storage accounts forbid anonymous blob access',
  category: 'public-exposure',
  severity: 'error',
  fix: 'Set allow_nested_items_to_be_public = false',
  check: (doc) =>
    checkEach(doc, 'azurerm_storage_account', (sa) =>
      isFalse(sa.values.allow_nested_items_to_be_public ?? sa.values.allow_blob_public_access) ? undefined : 'containers may be made public',
    ),
});
