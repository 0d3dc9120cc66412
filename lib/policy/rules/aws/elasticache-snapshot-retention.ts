import { checkEach, defineRule } from '../../rule';
import { num } from '../../../terraform-json';

/** ElastiCache keeps daily snapshots (0, the default, means none). */
export const elasticacheSnapshotRetention = defineRule(__filename, {
  description: 'ElastiCache replication groups keep automatic snapshots',
  category: 'backup',
  severity: 'warning',
  fix: 'Set snapshot_retention_limit to 1 or more days',
  check: (doc) =>
    checkEach(doc, 'aws_elasticache_replication_group', (rg) =>
      (num(rg.values.snapshot_retention_limit) ?? 0) >= 1 ? undefined : 'no automatic snapshots (snapshot_retention_limit is 0)',
    ),
});
