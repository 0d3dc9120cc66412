import { checkEach, defineRule } from '../../rule';
import { get } from '../../../terraform-json';

/** A standby in another zone takes over automatically. */
export const sqlHighAvailability = defineRule(__filename, {
  description: 'Cloud SQL instances are regional (high availability)',
  category: 'high-availability',
  severity: 'warning',
  fix: 'Set settings.availability_type = "REGIONAL" (tier availability.zoneResilient)',
  check: (doc) =>
    checkEach(doc, 'google_sql_database_instance', (sql) =>
      get(sql.values, 'settings.availability_type') === 'REGIONAL' ? undefined : 'zonal instance: no standby',
    ),
});
