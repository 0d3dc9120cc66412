import { checkEach, defineRule } from '../../rule';
import { flag, text } from '../../read';
import { AZURERM } from '../../private/providers';

/** Blob versions keep every overwritten or deleted object recoverable. */
export const storageBlobVersioning = defineRule(__filename, {
  description: 'Storage accounts keep blob versions',
  category: 'backup',
  severity: 'error',
  fix: 'Set blob_properties { versioning_enabled = true } (and delete_retention_policy)',
  understands: [
    { form: 'azurerm_storage_account.blob_properties.versioning_enabled', providers: AZURERM },
    // A FileStorage account holds file shares only (azurerm docs, account_kind): it has no blobs to version.
    { form: 'azurerm_storage_account.account_kind = "FileStorage" (exempt)', providers: AZURERM },
  ],
  check: (doc) =>
    checkEach(doc, 'azurerm_storage_account', (sa) => {
      if (text(sa.values, 'account_kind') === 'FileStorage') return undefined;
      return flag(sa.values, 'blob_properties.versioning_enabled') === true ? undefined : 'blob versioning is off';
    }),
});
