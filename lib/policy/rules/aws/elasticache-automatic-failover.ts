import { checkEach, defineRule } from '../../rule';
import { flag } from '../../read';
import { AWS } from '../../private/providers';

/** A replica in another zone is promoted automatically when the primary fails. */
export const elasticacheAutomaticFailover = defineRule(__filename, {
  description: 'ElastiCache replication groups fail over automatically across zones',
  category: 'high-availability',
  severity: 'warning',
  fix: 'Add a replica (tier cache.replicas >= 1) and set automatic_failover_enabled = true and multi_az_enabled = true',
  understands: [{ form: 'aws_elasticache_replication_group.automatic_failover_enabled', providers: AWS }],
  check: (doc) =>
    checkEach(doc, 'aws_elasticache_replication_group', (rg) =>
      flag(rg.values, 'automatic_failover_enabled') === true ? undefined : 'automatic failover is off',
    ),
});
