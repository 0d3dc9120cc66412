import { minimumDaysRule } from '../../private/minimum-days';

/** Daily backups are retained for at least the pack's retention (one backup per day). */
export const sqlBackupRetention = minimumDaysRule(__filename, {
  description: 'Cloud SQL keeps daily backups for at least the pack minimum',
  category: 'backup',
  severity: 'error',
  fix: 'Raise settings.backup_configuration.backup_retention_settings.retained_backups (or the tier database.backupRetentionDays)',
  types: 'google_sql_database_instance',
  attribute: 'settings.backup_configuration.backup_retention_settings.retained_backups',
  threshold: 'minBackupRetentionDays',
  // When a pack sets no threshold: any backup at all.
  defaultMinimum: 1,
  // Cloud SQL keeps 7 daily backups and 7 days of transaction logs when none is set.
  serviceDefault: 7,
  kept: 'daily backups',
  // Replicas are backed up through their primary.
  exempt: (sql) => Boolean(sql.values.master_instance_name),
});
