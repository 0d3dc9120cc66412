import { checkEach, defineRule } from '../../rule';
import { flag } from '../../read';
import { AZURERM } from '../../private/providers';

/** Data is encrypted twice: at the service and at the infrastructure layer. */
export const storageInfrastructureEncryption = defineRule(__filename, {
  description: 'Storage accounts enable infrastructure (double) encryption',
  category: 'customer-managed-key',
  severity: 'warning',
  fix: 'Set infrastructure_encryption_enabled = true (at creation; from the advanced level)',
  understands: [{ form: 'azurerm_storage_account.infrastructure_encryption_enabled (default false)', providers: AZURERM }],
  check: (doc) =>
    checkEach(doc, 'azurerm_storage_account', (sa) =>
      flag(sa.values, 'infrastructure_encryption_enabled') === true ? undefined : 'single-layer encryption only',
    ),
});
