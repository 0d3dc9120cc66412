import { checkEach, defineRule } from '../../rule';
import { configured } from '../../read';
import { AWS } from '../../private/providers';

/** Clients must authenticate: RBAC user groups (preferred) or an AUTH token. */
export const elasticacheAuth = defineRule(__filename, {
  description: 'ElastiCache replication groups require authentication (user groups or AUTH token)',
  category: 'identity',
  severity: 'error',
  fix: 'Set user_group_ids to an aws_elasticache_user_group (or auth_token, with transit encryption on)',
  understands: [{ form: 'aws_elasticache_replication_group.user_group_ids, auth_token', providers: AWS }],
  check: (doc) =>
    checkEach(doc, 'aws_elasticache_replication_group', (rg) =>
      configured(rg.values, 'user_group_ids') || configured(rg.values, 'auth_token') ? undefined : 'any client on the network can connect without credentials',
    ),
});
