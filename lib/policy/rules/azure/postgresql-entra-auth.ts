import { checkEach, defineRule } from '../../rule';
import { flag } from '../../read';
import { AZURERM } from '../../private/providers';

/** Workloads sign in with Entra ID tokens (workload identity) rather than stored passwords. */
export const postgresqlEntraAuth = defineRule(__filename, {
  description: 'PostgreSQL Flexible Servers accept Microsoft Entra ID authentication',
  category: 'identity',
  severity: 'error',
  fix: 'Add authentication { active_directory_auth_enabled = true, tenant_id = ... } (and password_auth_enabled = false when no app needs passwords)',
  understands: [{ form: 'azurerm_postgresql_flexible_server.authentication.active_directory_auth_enabled', providers: AZURERM }],
  check: (doc) =>
    checkEach(doc, 'azurerm_postgresql_flexible_server', (pg) =>
      flag(pg.values, 'authentication.active_directory_auth_enabled') === true ? undefined : 'only password authentication is enabled',
    ),
});
