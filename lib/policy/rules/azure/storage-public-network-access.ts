import { checkEach, defineRule } from '../../rule';
import { get, isFalse } from '../../../terraform-json';

/** The account is reachable only privately, or only from listed networks. */
export const storagePublicNetworkAccess = defineRule(__filename, {
  description: 'Storage accounts deny public network access by default',
  category: 'public-exposure',
  severity: 'error',
  fix: 'Set public_network_access_enabled = false (private endpoint), or network_rules { default_action = "Deny" }',
  check: (doc) =>
    checkEach(doc, 'azurerm_storage_account', (sa) => {
      if (isFalse(sa.values.public_network_access_enabled)) return undefined;
      return get(sa.values, 'network_rules.default_action') === 'Deny' ? undefined : 'reachable from any network';
    }),
});
