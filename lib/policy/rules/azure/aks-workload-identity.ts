import { checkEach, defineRule } from '../../rule';
import { flag } from '../../read';
import { providerDefault } from '../../private/defaults';
import { AZURERM } from '../../private/providers';

/** Pods get Entra ID tokens through workload identity federation instead of stored secrets. */
export const aksWorkloadIdentity = defineRule(__filename, {
  description: 'AKS clusters enable the OIDC issuer and workload identity',
  category: 'identity',
  severity: 'error',
  fix: 'Set oidc_issuer_enabled = true and workload_identity_enabled = true',
  understands: [
    { form: 'azurerm_kubernetes_cluster.workload_identity_enabled', providers: AZURERM },
    // azurerm 5.0 upgrade guide: "The oidc_issuer_enabled property now defaults to true".
    { form: 'azurerm_kubernetes_cluster.oidc_issuer_enabled (unset: false before azurerm 5, true from 5)', providers: AZURERM },
  ],
  check: (doc) =>
    checkEach(doc, 'azurerm_kubernetes_cluster', (aks) => {
      if (flag(aks.values, 'workload_identity_enabled') !== true) return 'workload_identity_enabled off';
      const oidc = flag(aks.values, 'oidc_issuer_enabled') ?? providerDefault(doc, 'azurerm', (major) => major >= 5, 'oidc_issuer_enabled');
      return oidc ? undefined : 'oidc_issuer_enabled off';
    }),
});
