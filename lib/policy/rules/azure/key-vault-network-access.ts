import { checkEach, defineRule } from '../../rule';
import { anyOf, flag, text } from '../../read';
import { AZURERM } from '../../private/providers';

/** The vault is unreachable from the internet: public access off, or network ACLs that deny by default. */
export const keyVaultNetworkAccess = defineRule(__filename, {
  description: 'Key vaults deny public network access by default',
  category: 'public-exposure',
  severity: 'error',
  fix: 'Set public_network_access_enabled = false, or network_acls { default_action = "Deny", bypass = "AzureServices" }',
  understands: [{ form: 'azurerm_key_vault.public_network_access_enabled, network_acls.default_action', providers: AZURERM }],
  check: (doc) =>
    checkEach(doc, 'azurerm_key_vault', (kv) =>
      anyOf(
        () => flag(kv.values, 'public_network_access_enabled') === false,
        () => text(kv.values, 'network_acls.default_action') === 'Deny',
      )
        ? undefined
        : 'reachable from any network (no Deny network_acls)',
    ),
});
