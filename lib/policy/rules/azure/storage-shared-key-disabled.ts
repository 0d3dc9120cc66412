import { checkEach, defineRule } from '../../rule';
import { flag } from '../../read';
import { AZURERM } from '../../private/providers';

/** Clients authenticate with Entra ID (workload identity), not account keys or SAS signed with them. */
export const storageSharedKeyDisabled = defineRule(__filename, {
  description: 'Storage accounts disable shared key authorization',
  category: 'identity',
  severity: 'error',
  fix: 'Set shared_access_key_enabled = false (and storage_use_azuread = true on the provider)',
  understands: [{ form: 'azurerm_storage_account.shared_access_key_enabled (default true)', providers: AZURERM }],
  check: (doc) =>
    checkEach(doc, 'azurerm_storage_account', (sa) =>
      flag(sa.values, 'shared_access_key_enabled') === false ? undefined : 'account keys (static secrets) can authorize requests',
    ),
});
