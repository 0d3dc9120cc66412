import { checkEach, defineRule } from '../../rule';
import { num } from '../../../terraform-json';

/** RDS creates automated backups with 1 day of retention when none is set. */
const RDS_DEFAULT_RETENTION_DAYS = 1;
/** When a pack sets no threshold: any automated backup at all. */
const DEFAULT_MIN_DAYS = 1;

/** RDS keeps automated backups (point-in-time recovery) for at least the pack's retention. */
export const rdsBackupRetention = defineRule(__filename, {
  description: 'RDS automated backups are kept for at least the pack minimum',
  category: 'backup',
  severity: 'error',
  fix: 'Raise backup_retention_period (max 35) on the database, or the tier database.backupRetentionDays',
  check: (doc, params) => {
    const min = params.minBackupRetentionDays ?? DEFAULT_MIN_DAYS;
    return checkEach(doc, ['aws_db_instance', 'aws_rds_cluster'], (db) => {
      if (db.values.replicate_source_db) return undefined; // replicas back up through their source
      const days = num(db.values.backup_retention_period) ?? RDS_DEFAULT_RETENTION_DAYS;
      return days >= min ? undefined : `backups kept ${days} day(s), fewer than ${min}`;
    });
  },
});
