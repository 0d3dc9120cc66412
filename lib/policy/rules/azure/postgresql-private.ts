import { checkEach, defineRule } from '../../rule';
import { configured, flag } from '../../read';
import { AZURERM } from '../../private/providers';
import { referrers } from '../../../terraform-json';

/**
 * A Flexible Server is private only if nothing opens it: VNet integration (delegated subnet) or public access off,
 * and no firewall rule that admits internet addresses. Cross-resource.
 */
export const postgresqlPrivate = defineRule(__filename, {
  description: 'PostgreSQL Flexible Servers have no public network access',
  category: 'public-exposure',
  severity: 'error',
  fix: 'Set delegated_subnet_id + private_dns_zone_id (VNet integration) or public_network_access_enabled = false, and remove public firewall rules',
  understands: [
    { form: 'azurerm_postgresql_flexible_server.delegated_subnet_id, public_network_access_enabled', providers: AZURERM },
    { form: 'azurerm_postgresql_flexible_server_firewall_rule.server_id', providers: AZURERM },
  ],
  check: (doc) =>
    checkEach(doc, 'azurerm_postgresql_flexible_server', (pg) => {
      const publicAccess = flag(pg.values, 'public_network_access_enabled');
      if (publicAccess === true) return 'public_network_access_enabled = true';
      const firewall = referrers(doc, 'azurerm_postgresql_flexible_server_firewall_rule', 'server_id', pg);
      if (firewall.length > 0) return `firewall rules admit public addresses (${firewall.map((f) => f.address).join(', ')})`;
      return configured(pg.values, 'delegated_subnet_id') || publicAccess === false ? undefined : 'no delegated_subnet_id and public access not switched off';
    }),
});
