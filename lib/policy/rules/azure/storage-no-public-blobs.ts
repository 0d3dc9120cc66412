import { checkEach, defineRule } from '../../rule';
import { flag } from '../../read';
import { providerDefault } from '../../private/defaults';
import { AZURERM } from '../../private/providers';

/** No container may be made anonymously readable. */
export const storageNoPublicBlobs = defineRule(__filename, {
  description: 'Storage accounts forbid anonymous blob access',
  category: 'public-exposure',
  severity: 'error',
  fix: 'Set allow_nested_items_to_be_public = false',
  understands: [
    // azurerm docs: "Defaults to true" (3.x, 4.x); 5.0 upgrade guide: "now defaults to false".
    { form: 'azurerm_storage_account.allow_nested_items_to_be_public (unset: true before azurerm 5, false from 5)', providers: AZURERM },
    { form: 'azurerm_storage_account.allow_blob_public_access', providers: 'azurerm 2.x' },
  ],
  check: (doc) =>
    checkEach(doc, 'azurerm_storage_account', (sa) => {
      const allowed =
        flag(sa.values, 'allow_nested_items_to_be_public') ??
        flag(sa.values, 'allow_blob_public_access') ??
        providerDefault(doc, 'azurerm', (major) => major < 5, 'allow_nested_items_to_be_public');
      return allowed ? 'containers may be made public' : undefined;
    }),
});
