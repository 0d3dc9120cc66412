import { checkEach, defineRule } from '../../rule';
import { text } from '../../read';
import { AZURERM } from '../../private/providers';

/** A standby in another zone takes over when the primary fails. */
export const postgresqlHighAvailability = defineRule(__filename, {
  description: 'PostgreSQL Flexible Servers run zone-redundant high availability',
  category: 'high-availability',
  severity: 'warning',
  fix: 'Add high_availability { mode = "ZoneRedundant" } (tier availability.zoneResilient)',
  understands: [{ form: 'azurerm_postgresql_flexible_server.high_availability.mode (ZoneRedundant, SameZone)', providers: AZURERM }],
  check: (doc) =>
    checkEach(doc, 'azurerm_postgresql_flexible_server', (pg) => {
      const mode = text(pg.values, 'high_availability.mode');
      return mode === 'ZoneRedundant' || mode === 'SameZone' ? undefined : 'no standby server (high_availability unset)';
    }),
});
