import { checkEach, defineRule } from '../../rule';
import { get, isTrue } from '../../../terraform-json';

/** Workloads sign in with Entra ID tokens (workload identity) rather than stored passwords. */
export const postgresqlEntraAuth = defineRule(__filename, {
  description: 'PostgreSQL Flexible Servers accept Microsoft Entra ID authentication',
  category: 'identity',
  severity: 'error',
  fix: 'Add authentication { active_directory_auth_enabled = true, tenant_id = ... } (and password_auth_enabled = false when no app needs passwords)',
  check: (doc) =>
    checkEach(doc, 'azurerm_postgresql_flexible_server', (pg) =>
      isTrue(get(pg.values, 'authentication.active_directory_auth_enabled')) ? undefined : 'only password authentication is enabled',
    ),
});
