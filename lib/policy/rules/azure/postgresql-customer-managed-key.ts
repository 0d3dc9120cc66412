import { checkEach, defineRule } from '../../rule';
import { configured } from '../../read';
import { AZURERM } from '../../private/providers';

/** Data is encrypted with a Key Vault key the tenant controls. */
export const postgresqlCustomerManagedKey = defineRule(__filename, {
  description: 'PostgreSQL Flexible Servers use a customer-managed key',
  category: 'customer-managed-key',
  severity: 'warning',
  fix: 'Add customer_managed_key { key_vault_key_id, primary_user_assigned_identity_id } (from the advanced level)',
  understands: [{ form: 'azurerm_postgresql_flexible_server.customer_managed_key.key_vault_key_id', providers: AZURERM }],
  check: (doc) =>
    checkEach(doc, 'azurerm_postgresql_flexible_server', (pg) =>
      configured(pg.values, 'customer_managed_key.key_vault_key_id') ? undefined : 'data uses platform-managed keys',
    ),
});
