import { checkEach, defineRule } from '../../rule';
import { num } from '../../../terraform-json';

/** Flexible Server keeps backups 7 days when none is set. */
const AZURE_DEFAULT_RETENTION_DAYS = 7;
/** When a pack sets no threshold: any backup at all. */
const DEFAULT_MIN_DAYS = 1;

/** Backups (point-in-time restore) are kept for at least the pack's retention. */
export const postgresqlBackupRetention = defineRule(__filename, {
  description: 'PostgreSQL Flexible Server backups are kept for at least the pack minimum',
  category: 'backup',
  severity: 'error',
  fix: 'Raise backup_retention_days (7-35) or the tier database.backupRetentionDays',
  check: (doc, params) => {
    const min = params.minBackupRetentionDays ?? DEFAULT_MIN_DAYS;
    return checkEach(doc, 'azurerm_postgresql_flexible_server', (pg) => {
      const days = num(pg.values.backup_retention_days) ?? AZURE_DEFAULT_RETENTION_DAYS;
      return days >= min ? undefined : `backups kept ${days} days, fewer than ${min}`;
    });
  },
});
