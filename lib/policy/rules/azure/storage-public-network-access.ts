import { checkEach, defineRule } from '../../rule';
import { anyOf, flag, text } from '../../read';
import { AZURERM } from '../../private/providers';
import { referrers } from '../../../terraform-json';

/** The account is reachable only privately, or only from listed networks. Cross-resource. */
export const storagePublicNetworkAccess = defineRule(__filename, {
  description: 'Storage accounts deny public network access by default',
  category: 'public-exposure',
  severity: 'error',
  fix: 'Set public_network_access_enabled = false (private endpoint), or network_rules { default_action = "Deny" }',
  understands: [
    { form: 'azurerm_storage_account.public_network_access_enabled, network_rules.default_action', providers: AZURERM },
    { form: 'azurerm_storage_account_network_rules { storage_account_id, default_action }', providers: AZURERM },
  ],
  check: (doc) =>
    checkEach(doc, 'azurerm_storage_account', (sa) => {
      const rules = referrers(doc, 'azurerm_storage_account_network_rules', 'storage_account_id', sa);
      const denied = anyOf(
        () => flag(sa.values, 'public_network_access_enabled') === false,
        () => text(sa.values, 'network_rules.default_action') === 'Deny',
        ...rules.map((r) => () => text(r.values, 'default_action') === 'Deny'),
      );
      return denied ? undefined : 'reachable from any network';
    }),
});
