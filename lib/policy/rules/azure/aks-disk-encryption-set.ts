import { checkEach, defineRule } from '../../rule';
import { configured } from '../../read';
import { AZURERM } from '../../private/providers';

/** Node OS and data disks are encrypted with a customer-managed key through a disk encryption set. */
export const aksDiskEncryptionSet = defineRule(__filename, {
  description: 'AKS node disks use a customer-managed key (disk encryption set)',
  category: 'customer-managed-key',
  severity: 'warning',
  fix: 'Set disk_encryption_set_id to an azurerm_disk_encryption_set backed by a Key Vault key (from the advanced level)',
  understands: [{ form: 'azurerm_kubernetes_cluster.disk_encryption_set_id', providers: AZURERM }],
  check: (doc) =>
    checkEach(doc, 'azurerm_kubernetes_cluster', (aks) => (configured(aks.values, 'disk_encryption_set_id') ? undefined : 'node disks use platform-managed keys')),
});
