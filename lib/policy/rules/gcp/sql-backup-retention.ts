import { checkEach, defineRule } from '../../rule';
import { get, num } from '../../../terraform-json';

/** Cloud SQL keeps 7 daily backups and 7 days of transaction logs when none is set. */
const GCP_DEFAULT_RETAINED = 7;
/** When a pack sets no threshold: any backup at all. */
const DEFAULT_MIN_DAYS = 1;

/** Daily backups are retained for at least the pack's retention (one backup per day). */
export const sqlBackupRetention = defineRule(__filename, {
  description: 'Cloud SQL keeps daily backups for at least the pack minimum',
  category: 'backup',
  severity: 'error',
  fix: 'Raise settings.backup_configuration.backup_retention_settings.retained_backups (or the tier database.backupRetentionDays)',
  check: (doc, params) => {
    const min = params.minBackupRetentionDays ?? DEFAULT_MIN_DAYS;
    return checkEach(doc, 'google_sql_database_instance', (sql) => {
      if (sql.values.master_instance_name) return undefined;
      const kept = num(get(sql.values, 'settings.backup_configuration.backup_retention_settings.retained_backups')) ?? GCP_DEFAULT_RETAINED;
      return kept >= min ? undefined : `${kept} daily backups kept, fewer than ${min}`;
    });
  },
});
