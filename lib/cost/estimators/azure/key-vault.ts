import type { Estimator } from '../../context';

/** Key Vault: no fixed fee; operations per 10,000 (usage-based). HSM keys are priced on azurerm_key_vault_key. */
export const azurermKeyVault: Estimator = (ctx) => {
  const sku = ctx.string('sku_name', 'standard');
  if (sku === undefined) return [];
  const { quantity, usage } = ctx.usageShare(ctx.usage.keyVaultOperations, 'usage.keyVaultOperations', 'operations');
  return [ctx.line('Operations', quantity / 10_000, '10k operations', 'key-vault-operations', sku, usage)];
};
