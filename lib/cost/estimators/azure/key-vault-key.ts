import type { Estimator } from '../../context';

/** Key Vault key: HSM-protected keys (RSA-HSM, EC-HSM) cost a monthly fee; software keys only pay per operation. */
export const azurermKeyVaultKey: Estimator = (ctx) => {
  const keyType = ctx.string('key_type');
  if (keyType === undefined) return [];
  if (!keyType.endsWith('-HSM')) {
    ctx.notes.push('software-protected key: charged per operation on the vault only');
    return [];
  }
  return [ctx.line(`HSM-protected key (${keyType})`, 1, 'months', 'key-vault-hsm-key', keyType)];
};
