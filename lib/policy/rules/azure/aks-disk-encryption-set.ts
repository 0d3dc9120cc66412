import { checkEach, defineRule } from '../../rule';
import { isSet } from '../../../terraform-json';

/** Node OS and data disks are encrypted with a customer-managed key through a disk encryption set. */
export const aksDiskEncryptionSet = defineRule(__filename, {
  description: 'AKS node disks use a customer-managed key (disk encryption set)',
  category: 'customer-managed-key',
  severity: 'warning',
  fix: 'Set disk_encryption_set_id to an azurerm_disk_encryption_set backed by a Key Vault key (from the advanced level)',
  check: (doc) =>
    checkEach(doc, 'azurerm_kubernetes_cluster', (aks) => (isSet(aks.values.disk_encryption_set_id) ? undefined : 'node disks use platform-managed keys')),
});
