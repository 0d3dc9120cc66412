import { checkEach, defineRule } from '../../rule';
import { get, isFalse } from '../../../terraform-json';

/** The vault is unreachable from the internet: public access off, or network ACLs that deny by default. */
export const keyVaultNetworkAccess = defineRule(__filename, {
  description: 'Key vaults deny public network access by default',
  category: 'public-exposure',
  severity: 'error',
  fix: 'Set public_network_access_enabled = false, or network_acls { default_action = "Deny", bypass = "AzureServices" }',
  check: (doc) =>
    checkEach(doc, 'azurerm_key_vault', (kv) => {
      if (isFalse(kv.values.public_network_access_enabled)) return undefined;
      return get(kv.values, 'network_acls.default_action') === 'Deny' ? undefined : 'reachable from any network (no Deny network_acls)';
    }),
});
