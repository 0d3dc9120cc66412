import { minimumDaysRule } from '../../private/minimum-days';
import { AWS } from '../../private/providers';

/**
 * ElastiCache keeps daily snapshots; 0, the default, means none. The rule asks for any snapshot at all whatever the
 * pack: snapshots are not the database backups the packs' backup retention is about.
 */
export const elasticacheSnapshotRetention = minimumDaysRule(__filename, {
  description: 'ElastiCache replication groups keep automatic snapshots',
  category: 'backup',
  severity: 'warning',
  fix: 'Set snapshot_retention_limit to 1 or more days',
  understands: [{ form: 'aws_elasticache_replication_group.snapshot_retention_limit (number or numeric string)', providers: AWS }],
  types: 'aws_elasticache_replication_group',
  attribute: 'snapshot_retention_limit',
  defaultMinimum: 1,
  // aws_elasticache_replication_group docs: "If the value of snapshot_retention_limit is set to zero (0), backups are
  // turned off"; zero is what ElastiCache keeps when it is not set.
  serviceDefault: 0,
  kept: 'snapshots',
});
