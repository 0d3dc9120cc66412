import { ElasticacheUser } from '@cdktf/provider-aws/lib/elasticache-user';
import { ElasticacheUserGroupAssociation } from '@cdktf/provider-aws/lib/elasticache-user-group-association';
import { Construct } from 'constructs';
import { tenantRedisRules } from '../pool/cache-permissions';

export interface AwsTenantCacheUserProps {
  readonly tenantId: string;
  /** Prefix of the pool's ElastiCache user ids, e.g. the pool's resource name. */
  readonly poolName: string;
  /** The pool's RBAC user group. */
  readonly userGroupId: string;
}

/**
 * A tenant's ElastiCache user on the pool's Redis: IAM authentication (no password), and an access string that
 * allows the tenant's commands (`TENANT_REDIS_COMMANDS`) on keys and channels under `<tenant>:` only.
 */
export class AwsTenantCacheUser extends Construct {
  readonly user: ElasticacheUser;

  constructor(scope: Construct, id: string, props: AwsTenantCacheUserProps) {
    super(scope, id);
    const name = `${props.poolName}-${props.tenantId}`;
    this.user = new ElasticacheUser(this, 'user', {
      userId: name,
      userName: name,
      engine: 'redis',
      accessString: `on ${tenantRedisRules(props.tenantId)}`,
      authenticationMode: { type: 'iam' },
    });
    new ElasticacheUserGroupAssociation(this, 'membership', { userGroupId: props.userGroupId, userId: this.user.userId });
  }
}
