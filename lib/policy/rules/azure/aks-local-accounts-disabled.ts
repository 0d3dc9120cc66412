import { checkEach, defineRule } from '../../rule';
import { isTrue } from '../../../terraform-json';

/** No static cluster-admin kubeconfig: every user signs in through Microsoft Entra ID. */
export const aksLocalAccountsDisabled = defineRule(__filename, {
  description: 'AKS local accounts are disabled',
  category: 'identity',
  severity: 'error',
  fix: 'Set local_account_disabled = true (requires azure_active_directory_role_based_access_control)',
  check: (doc) =>
    checkEach(doc, 'azurerm_kubernetes_cluster', (aks) => (isTrue(aks.values.local_account_disabled) ? undefined : 'local accounts (static admin credentials) are enabled')),
});
