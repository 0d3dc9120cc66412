import { minimumDaysRule } from '../../private/minimum-days';

/** RDS keeps automated backups (point-in-time recovery) for at least the pack's retention. */
export const rdsBackupRetention = minimumDaysRule(__filename, {
  description: 'RDS automated backups are kept for at least the pack minimum',
  category: 'backup',
  severity: 'error',
  fix: 'Raise backup_retention_period (max 35) on the database, or the tier database.backupRetentionDays',
  types: ['aws_db_instance', 'aws_rds_cluster'],
  attribute: 'backup_retention_period',
  threshold: 'minBackupRetentionDays',
  // When a pack sets no threshold: any automated backup at all.
  defaultMinimum: 1,
  // RDS creates automated backups with 1 day of retention when none is set.
  serviceDefault: 1,
  kept: 'backups',
  // Replicas back up through their source.
  exempt: (db) => Boolean(db.values.replicate_source_db),
});
