import { checkResidency } from '../../private/residency';
import { AZURERM } from '../../private/providers';
import { defineRule } from '../../rule';

/** Every Azure resource's location is one of the pack's allowed regions (azurerm providers carry no region). */
export const dataResidency = defineRule(__filename, {
  description: 'Azure resources stay in the allowed regions',
  category: 'residency',
  severity: 'error',
  fix: 'Set location (tenant region) to an allowed region, or document a transfer basis (transferBasis option / suppression)',
  understands: [{ form: '<resource>.location ("West Europe" and westeurope alike)', providers: AZURERM }],
  check: (doc, params) =>
    checkResidency(doc, params, { provider: 'azurerm', resourcePrefix: 'azurerm_', attributes: ['location'], providerRegion: false }),
});
