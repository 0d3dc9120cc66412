import { RedisCacheAccessPolicy } from '@cdktf/provider-azurerm/lib/redis-cache-access-policy';
import { RedisCacheAccessPolicyAssignment } from '@cdktf/provider-azurerm/lib/redis-cache-access-policy-assignment';
import { Construct } from 'constructs';
import { tenantRedisRules } from '../pool/cache-permissions';
import { workloadIdentityName } from './names';

export interface AzureTenantCacheAccessProps {
  /** Tenant id: names the policy and confines its keys and channels to `<tenant>:`. */
  readonly tenantId: string;
  /** The pool's Azure Cache for Redis (Basic, Standard or Premium on Redis 6: the SKUs with data access policies). */
  readonly redisCacheId: string;
}

/**
 * A tenant's custom data access policy on the pool's Azure Cache for Redis: the Redis ACL rules of the AWS cache user
 * (`TENANT_REDIS_COMMANDS` on keys and channels under `<tenant>:` only). `assign` binds it to the tenant's managed
 * identity, which signs in with an Entra ID token (the cache has access keys off).
 */
export class AzureTenantCacheAccess extends Construct {
  readonly policy: RedisCacheAccessPolicy;
  private readonly props: AzureTenantCacheAccessProps;

  constructor(scope: Construct, id: string, props: AzureTenantCacheAccessProps) {
    super(scope, id);
    this.props = props;
    const tenant = props.tenantId;
    this.policy = new RedisCacheAccessPolicy(this, 'policy', {
      name: `tenant-${tenant}`,
      redisCacheId: props.redisCacheId,
      permissions: tenantRedisRules(tenant),
    });
  }

  /** Assigns the policy to an Entra principal (the tenant's managed identity: its principal/object id). */
  assign(objectId: string): RedisCacheAccessPolicyAssignment {
    return new RedisCacheAccessPolicyAssignment(this, 'assignment', {
      name: `tenant-${this.props.tenantId}-workload`,
      redisCacheId: this.props.redisCacheId,
      accessPolicyName: this.policy.name,
      objectId,
      objectIdAlias: workloadIdentityName(this.props.tenantId),
    });
  }
}
