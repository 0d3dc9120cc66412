import { minimumDaysRule } from '../../private/minimum-days';
import { AZURERM } from '../../private/providers';

/** Backups (point-in-time restore) are kept for at least the pack's retention. */
export const postgresqlBackupRetention = minimumDaysRule(__filename, {
  description: 'PostgreSQL Flexible Server backups are kept for at least the pack minimum',
  category: 'backup',
  severity: 'error',
  fix: 'Raise backup_retention_days (7-35) or the tier database.backupRetentionDays',
  understands: [{ form: 'azurerm_postgresql_flexible_server.backup_retention_days (7–35)', providers: AZURERM }],
  types: 'azurerm_postgresql_flexible_server',
  attribute: 'backup_retention_days',
  threshold: 'minBackupRetentionDays',
  // When a pack sets no threshold: any backup at all.
  defaultMinimum: 1,
  // Flexible Server keeps backups 7 days when none is set.
  serviceDefault: 7,
  // azurerm docs: "Possible values are between 7 and 35 days" (3.x, 4.x, 5.x).
  valid: { min: 7, max: 35 },
  kept: 'backups',
});
