import { checkEach, defineRule } from '../../rule';
import { isTrue } from '../../../terraform-json';

/** Deleted vaults and keys stay recoverable for the retention period, and cannot be purged early. */
export const keyVaultPurgeProtection = defineRule(__filename, {
  description: 'Key vaults have purge protection',
  category: 'deletion-protection',
  severity: 'error',
  fix: 'Set purge_protection_enabled = true on the azurerm_key_vault (soft_delete_retention_days 7-90)',
  check: (doc) =>
    checkEach(doc, 'azurerm_key_vault', (kv) => (isTrue(kv.values.purge_protection_enabled) ? undefined : 'purge protection is off')),
});
