import { checkEach, defineRule } from '../../rule';
import { AZURERM } from '../../private/providers';
import { block } from '../../../terraform-json';

/** Kubernetes authentication goes through Microsoft Entra ID. */
export const aksEntraRbac = defineRule(__filename, {
  description: 'AKS clusters integrate Microsoft Entra ID for RBAC',
  category: 'identity',
  severity: 'error',
  fix: 'Add azure_active_directory_role_based_access_control { azure_rbac_enabled = true, admin_group_object_ids = [...] }',
  understands: [
    { form: 'azurerm_kubernetes_cluster.azure_active_directory_role_based_access_control (present)', providers: AZURERM },
    // azurerm 4.0 upgrade guide removed `managed` and the legacy client/server application ids; 3.x still has them.
    { form: 'azure_active_directory_role_based_access_control { managed, client_app_id, server_app_id }', providers: 'azurerm 3.x' },
  ],
  check: (doc) =>
    checkEach(doc, 'azurerm_kubernetes_cluster', (aks) =>
      block(aks.values, 'azure_active_directory_role_based_access_control') ? undefined : 'no Entra ID integration',
    ),
});
