import { checkEach, defineRule } from '../../rule';
import { text } from '../../read';
import { GOOGLE } from '../../private/providers';

/** A standby in another zone takes over automatically. */
export const sqlHighAvailability = defineRule(__filename, {
  description: 'Cloud SQL instances are regional (high availability)',
  category: 'high-availability',
  severity: 'warning',
  fix: 'Set settings.availability_type = "REGIONAL" (tier availability.zoneResilient)',
  understands: [{ form: 'google_sql_database_instance.settings.availability_type (default ZONAL)', providers: GOOGLE }],
  check: (doc) =>
    checkEach(doc, 'google_sql_database_instance', (sql) =>
      text(sql.values, 'settings.availability_type') === 'REGIONAL' ? undefined : 'zonal instance: no standby',
    ),
});
