import { checkEach, defineRule } from '../../rule';
import { block } from '../../../terraform-json';

/** A standby in another zone takes over when the primary fails. */
export const postgresqlHighAvailability = defineRule(__filename, {
  description: 'PostgreSQL Flexible Servers run zone-redundant high availability',
  category: 'high-availability',
  severity: 'warning',
  fix: 'Add high_availability { mode = "ZoneRedundant" } (tier availability.zoneResilient)',
  check: (doc) =>
    checkEach(doc, 'azurerm_postgresql_flexible_server', (pg) => {
      const mode = block(pg.values, 'high_availability')?.mode;
      return mode === 'ZoneRedundant' || mode === 'SameZone' ? undefined : 'no standby server (high_availability unset)';
    }),
});
