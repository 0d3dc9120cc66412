import { checkEach, defineRule } from '../../rule';

/** The control plane runs with a financially backed SLA (Standard or Premium tier). */
export const aksUptimeSla = defineRule(__filename, {
  description: 'AKS clusters use the Standard (uptime SLA) or Premium tier',
  category: 'high-availability',
  severity: 'warning',
  fix: 'Set sku_tier = "Standard" (tier cluster.uptimeSla)',
  check: (doc) =>
    checkEach(doc, 'azurerm_kubernetes_cluster', (aks) => {
      const tier = String(aks.values.sku_tier ?? 'Free');
      return tier === 'Standard' || tier === 'Premium' ? undefined : `sku_tier ${tier} has no uptime SLA`;
    }),
});
