import { checkEach, defineRule } from '../../rule';
import { block } from '../../../terraform-json';

/** Kubernetes authentication goes through Microsoft Entra ID. */
export const aksEntraRbac = defineRule(__filename, {
  description: 'AKS clusters integrate Microsoft Entra ID for RBAC',
  category: 'identity',
  severity: 'error',
  fix: 'Add azure_active_directory_role_based_access_control { azure_rbac_enabled = true, admin_group_object_ids = [...] }',
  check: (doc) =>
    checkEach(doc, 'azurerm_kubernetes_cluster', (aks) =>
      block(aks.values, 'azure_active_directory_role_based_access_control') ? undefined : 'no Entra ID integration',
    ),
});
