import { checkEach, defineRule } from '../../rule';
import { isTrue } from '../../../terraform-json';

/** Backups are copied to the paired region, so a regional outage does not lose them. */
export const postgresqlGeoRedundantBackup = defineRule(__filename, {
  description: 'PostgreSQL Flexible Server backups are geo-redundant',
  category: 'backup',
  severity: 'warning',
  fix: 'Set geo_redundant_backup_enabled = true (set at creation; mind residency: the paired region must be allowed too)',
  check: (doc) =>
    checkEach(doc, 'azurerm_postgresql_flexible_server', (pg) =>
      isTrue(pg.values.geo_redundant_backup_enabled) ? undefined : 'backups stay in one region',
    ),
});
