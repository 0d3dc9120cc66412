import { checkEach, defineRule } from '../../rule';
import { blockAt, isTrue } from '../../../terraform-json';

/** Automated backups and point-in-time recovery are on. */
export const sqlBackups = defineRule(__filename, {
  description: 'Cloud SQL instances take automated backups with point-in-time recovery',
  category: 'backup',
  severity: 'error',
  fix: 'Set settings.backup_configuration { enabled = true, point_in_time_recovery_enabled = true }',
  check: (doc) =>
    checkEach(doc, 'google_sql_database_instance', (sql) => {
      if (sql.values.master_instance_name) return undefined; // replicas back up through their primary
      const backup = blockAt(sql.values, 'settings.backup_configuration');
      if (!isTrue(backup?.enabled)) return 'automated backups are off';
      const pitr = isTrue(backup?.point_in_time_recovery_enabled) || isTrue(backup?.binary_log_enabled);
      return pitr ? undefined : 'point-in-time recovery is off';
    }),
});
