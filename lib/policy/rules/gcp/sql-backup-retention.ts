import { minimumDaysRule } from '../../private/minimum-days';
import { isSqlReplica } from '../../private/cloud-sql';
import { GOOGLE } from '../../private/providers';

/** Daily backups are retained for at least the pack's retention (one backup per day). */
export const sqlBackupRetention = minimumDaysRule(__filename, {
  description: 'Cloud SQL keeps daily backups for at least the pack minimum',
  category: 'backup',
  severity: 'error',
  fix: 'Raise settings.backup_configuration.backup_retention_settings.retained_backups (or the tier database.backupRetentionDays)',
  understands: [{ form: 'google_sql_database_instance.settings.backup_configuration.backup_retention_settings.retained_backups (1–365)', providers: GOOGLE }],
  types: 'google_sql_database_instance',
  attribute: 'settings.backup_configuration.backup_retention_settings.retained_backups',
  threshold: 'minBackupRetentionDays',
  // When a pack sets no threshold: any backup at all.
  defaultMinimum: 1,
  // Cloud SQL keeps 7 daily backups and 7 days of transaction logs when none is set.
  serviceDefault: 7,
  // Cloud SQL backups overview: "You can configure how many automated backups to retain (from 1 to 365)".
  valid: { min: 1, max: 365 },
  kept: 'daily backups',
  // Replicas are backed up through their primary.
  exempt: isSqlReplica,
});
