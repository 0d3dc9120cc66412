import { minimumDaysRule } from '../../private/minimum-days';
import { AWS } from '../../private/providers';
import { isReplica } from '../../private/rds';

/** RDS keeps automated backups (point-in-time recovery) for at least the pack's retention. */
export const rdsBackupRetention = minimumDaysRule(__filename, {
  description: 'RDS automated backups are kept for at least the pack minimum',
  category: 'backup',
  severity: 'error',
  fix: 'Raise backup_retention_period (max 35) on the database, or the tier database.backupRetentionDays',
  understands: [
    { form: 'aws_db_instance.backup_retention_period (number or numeric string; 0–35)', providers: AWS },
    { form: 'aws_rds_cluster.backup_retention_period (number or numeric string; 1–35)', providers: AWS },
  ],
  types: ['aws_db_instance', 'aws_rds_cluster'],
  attribute: 'backup_retention_period',
  threshold: 'minBackupRetentionDays',
  // When a pack sets no threshold: any automated backup at all.
  defaultMinimum: 1,
  // RDS creates automated backups with 1 day of retention when none is set (CreateDBInstance, CreateDBCluster:
  // "Default: 1").
  serviceDefault: 1,
  // CreateDBInstance BackupRetentionPeriod: "Must be a value from 0 to 35"; CreateDBCluster: "from 1 to 35".
  valid: (db) => (db.type === 'aws_rds_cluster' ? { min: 1, max: 35 } : { min: 0, max: 35 }),
  kept: 'backups',
  // Replicas back up through their source.
  exempt: isReplica,
});
