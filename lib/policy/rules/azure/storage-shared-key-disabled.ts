import { checkEach, defineRule } from '../../rule';
import { isFalse } from '../../../terraform-json';

/** Clients authenticate with Entra ID (workload identity), not account keys or SAS signed with them. */
export const storageSharedKeyDisabled = defineRule(__filename, {
  description: 'Storage accounts disable shared key authorization',
  category: 'identity',
  severity: 'error',
  fix: 'Set shared_access_key_enabled = false (and storage_use_azuread = true on the provider)',
  check: (doc) =>
    checkEach(doc, 'azurerm_storage_account', (sa) =>
      isFalse(sa.values.shared_access_key_enabled) ? undefined : 'account keys (static secrets) can authorize requests',
    ),
});
