import { checkEach, defineRule } from '../../rule';
import { isTrue } from '../../../terraform-json';

/** Data is encrypted twice: at the service and at the infrastructure layer. */
export const storageInfrastructureEncryption = defineRule(__filename, {
  description: 'Storage accounts enable infrastructure (double) encryption',
  category: 'customer-managed-key',
  severity: 'warning',
  fix: 'Set infrastructure_encryption_enabled = true (at creation; from the advanced level)',
  check: (doc) =>
    checkEach(doc, 'azurerm_storage_account', (sa) =>
      isTrue(sa.values.infrastructure_encryption_enabled) ? undefined : 'single-layer encryption only',
    ),
});
