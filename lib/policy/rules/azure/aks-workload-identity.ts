import { checkEach, defineRule } from '../../rule';
import { isTrue } from '../../../terraform-json';

/** Pods get Entra ID tokens through workload identity federation instead of stored secrets. */
export const aksWorkloadIdentity = defineRule(__filename, {
  description: 'AKS clusters enable the OIDC issuer and workload identity',
  category: 'identity',
  severity: 'error',
  fix: 'Set oidc_issuer_enabled = true and workload_identity_enabled = true',
  check: (doc) =>
    checkEach(doc, 'azurerm_kubernetes_cluster', (aks) => {
      const missing = ['oidc_issuer_enabled', 'workload_identity_enabled'].filter((k) => !isTrue(aks.values[k]));
      return missing.length === 0 ? undefined : `${missing.join(' and ')} off`;
    }),
});
