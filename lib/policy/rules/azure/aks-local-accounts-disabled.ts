import { checkEach, defineRule } from '../../rule';
import { flag } from '../../read';
import { AZURERM } from '../../private/providers';

/** No static cluster-admin kubeconfig: every user signs in through Microsoft Entra ID. */
export const aksLocalAccountsDisabled = defineRule(__filename, {
  description: 'AKS local accounts are disabled',
  category: 'identity',
  severity: 'error',
  fix: 'Set local_account_disabled = true (requires azure_active_directory_role_based_access_control)',
  understands: [{ form: 'azurerm_kubernetes_cluster.local_account_disabled', providers: AZURERM }],
  check: (doc) =>
    checkEach(doc, 'azurerm_kubernetes_cluster', (aks) =>
      flag(aks.values, 'local_account_disabled') === true ? undefined : 'local accounts (static admin credentials) are enabled',
    ),
});
