import { checkEach, defineRule } from '../../rule';
import { flag } from '../../read';
import { isSqlReplica, sqlEngine } from '../../private/cloud-sql';
import { GOOGLE } from '../../private/providers';

/** Automated backups and point-in-time recovery are on. */
export const sqlBackups = defineRule(__filename, {
  description: 'Cloud SQL instances take automated backups with point-in-time recovery',
  category: 'backup',
  severity: 'error',
  fix: 'Set settings.backup_configuration { enabled = true, point_in_time_recovery_enabled = true } (MySQL: binary_log_enabled = true)',
  understands: [
    { form: 'settings.backup_configuration.enabled', providers: GOOGLE },
    // google docs: point_in_time_recovery_enabled is "Valid only for PostgreSQL and SQL Server instances"; MySQL
    // recovers to a point in time from binary logs (binary_log_enabled).
    { form: 'settings.backup_configuration.point_in_time_recovery_enabled (PostgreSQL, SQL Server), binary_log_enabled (MySQL)', providers: GOOGLE },
    { form: 'master_instance_name (a replica: exempt)', providers: GOOGLE },
  ],
  check: (doc) =>
    checkEach(doc, 'google_sql_database_instance', (sql) => {
      if (isSqlReplica(sql)) return undefined;
      const backup = 'settings.backup_configuration';
      if (flag(sql.values, `${backup}.enabled`) !== true) return 'automated backups are off';
      const pitr = sqlEngine(sql) === 'mysql' ? flag(sql.values, `${backup}.binary_log_enabled`) : flag(sql.values, `${backup}.point_in_time_recovery_enabled`);
      return pitr === true ? undefined : 'point-in-time recovery is off';
    }),
});
