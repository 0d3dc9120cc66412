import { checkEach, defineRule } from '../../rule';
import { configured } from '../../read';
import { AZURERM } from '../../private/providers';
import { block } from '../../../terraform-json';

/** Key Vault keys rotate automatically through a rotation policy. */
export const keyVaultKeyRotation = defineRule(__filename, {
  description: 'Key Vault keys have an automatic rotation policy',
  category: 'key-rotation',
  severity: 'warning',
  fix: 'Add rotation_policy { automatic { time_before_expiry = "P30D" }, expire_after = "P1Y" } to the azurerm_key_vault_key',
  understands: [{ form: 'azurerm_key_vault_key.rotation_policy.automatic { time_before_expiry | time_after_creation }', providers: AZURERM }],
  check: (doc) =>
    checkEach(doc, 'azurerm_key_vault_key', (key) => {
      const policy = block(key.values, 'rotation_policy');
      if (!policy) return 'no rotation_policy';
      const auto = configured(policy, 'automatic.time_before_expiry') || configured(policy, 'automatic.time_after_creation');
      return auto ? undefined : 'rotation_policy has no automatic rotation';
    }),
});
