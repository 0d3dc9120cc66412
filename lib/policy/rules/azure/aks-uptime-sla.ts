import { checkEach, defineRule } from '../../rule';
import { text } from '../../read';
import { AZURERM } from '../../private/providers';

/**
 * Tiers with a financially backed SLA. azurerm 3.x documented `Paid` ("Free and Paid (which includes the Uptime
 * SLA)"), later `Standard` and `Premium`.
 */
const SLA_TIERS = ['Standard', 'Premium', 'Paid'];

/** The control plane runs with a financially backed SLA. */
export const aksUptimeSla = defineRule(__filename, {
  description: 'AKS clusters use the Standard (uptime SLA) or Premium tier',
  category: 'high-availability',
  severity: 'warning',
  fix: 'Set sku_tier = "Standard" (tier cluster.uptimeSla)',
  understands: [
    { form: 'azurerm_kubernetes_cluster.sku_tier = Standard | Premium (default Free)', providers: AZURERM },
    { form: 'azurerm_kubernetes_cluster.sku_tier = Paid', providers: 'azurerm 3.x' },
  ],
  check: (doc) =>
    checkEach(doc, 'azurerm_kubernetes_cluster', (aks) => {
      const tier = text(aks.values, 'sku_tier') ?? 'Free';
      return SLA_TIERS.includes(tier) ? undefined : `sku_tier ${tier} has no uptime SLA`;
    }),
});
