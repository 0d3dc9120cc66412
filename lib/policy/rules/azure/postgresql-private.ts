import { checkEach, defineRule } from '../../rule';
import { isFalse, isSet, isTrue, referrers } from '../../../terraform-json';

/**
 * A Flexible Server is private only if nothing opens it: VNet integration (delegated subnet) or public access off,
 * and no firewall rule that admits internet addresses. Cross-resource.
 */
export const postgresqlPrivate = defineRule(__filename, {
  description: 'PostgreSQL Flexible Servers have no public network access',
  category: 'public-exposure',
  severity: 'error',
  fix: 'Set delegated_subnet_id + private_dns_zone_id (VNet integration) or public_network_access_enabled = false, and remove public firewall rules',
  check: (doc) =>
    checkEach(doc, 'azurerm_postgresql_flexible_server', (pg) => {
      if (isTrue(pg.values.public_network_access_enabled)) return 'public_network_access_enabled = true';
      const firewall = referrers(doc, 'azurerm_postgresql_flexible_server_firewall_rule', 'server_id', pg);
      if (firewall.length > 0) return `firewall rules admit public addresses (${firewall.map((f) => f.address).join(', ')})`;
      const privateNet = isSet(pg.values.delegated_subnet_id) || isFalse(pg.values.public_network_access_enabled);
      return privateNet ? undefined : 'no delegated_subnet_id and public access not switched off';
    }),
});
