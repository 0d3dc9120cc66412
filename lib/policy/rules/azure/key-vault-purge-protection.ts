import { checkEach, defineRule } from '../../rule';
import { amount, flag } from '../../read';
import { AZURERM } from '../../private/providers';

/** azurerm_key_vault `soft_delete_retention_days`: "This value can be between 7 and 90 (the default) days". */
const SOFT_DELETE_DAYS = { min: 7, max: 90 };

/** Deleted vaults and keys stay recoverable for the retention period, and cannot be purged early. */
export const keyVaultPurgeProtection = defineRule(__filename, {
  description: 'Key vaults have purge protection',
  category: 'deletion-protection',
  severity: 'error',
  fix: 'Set purge_protection_enabled = true on the azurerm_key_vault (soft_delete_retention_days 7-90)',
  understands: [{ form: 'azurerm_key_vault.purge_protection_enabled, soft_delete_retention_days (7–90)', providers: AZURERM }],
  check: (doc) =>
    checkEach(doc, 'azurerm_key_vault', (kv) => {
      const days = amount(kv.values, 'soft_delete_retention_days');
      if (days !== undefined && (days < SOFT_DELETE_DAYS.min || days > SOFT_DELETE_DAYS.max)) {
        return { message: `soft_delete_retention_days ${days} is outside what Key Vault accepts (${SOFT_DELETE_DAYS.min}–${SOFT_DELETE_DAYS.max})`, level: 'error' };
      }
      return flag(kv.values, 'purge_protection_enabled') === true ? undefined : 'purge protection is off';
    }),
});
