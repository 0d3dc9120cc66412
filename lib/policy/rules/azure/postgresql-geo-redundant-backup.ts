import { checkEach, defineRule } from '../../rule';
import { flag, text } from '../../read';
import { AZURERM } from '../../private/providers';

/** Backups are copied to the paired region, so a regional outage does not lose them. */
export const postgresqlGeoRedundantBackup = defineRule(__filename, {
  description: 'PostgreSQL Flexible Server backups are geo-redundant (replicas excepted)',
  category: 'backup',
  severity: 'warning',
  fix: 'Set geo_redundant_backup_enabled = true (set at creation; mind residency: the paired region must be allowed too)',
  understands: [
    { form: 'azurerm_postgresql_flexible_server.geo_redundant_backup_enabled', providers: AZURERM },
    // A read replica cannot have geo-redundant backups: its data is backed up through its primary.
    { form: 'azurerm_postgresql_flexible_server.create_mode = "Replica" (exempt)', providers: AZURERM },
  ],
  check: (doc) =>
    checkEach(doc, 'azurerm_postgresql_flexible_server', (pg) => {
      if (text(pg.values, 'create_mode') === 'Replica') return undefined;
      return flag(pg.values, 'geo_redundant_backup_enabled') === true ? undefined : 'backups stay in one region';
    }),
});
