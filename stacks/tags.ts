import type { ResolvedTenant } from '../lib/model/resolve';

/** Tags every resource of a tenant carries: the tenant's own, then the three the platform relies on. */
export function tenantTags(tenant: ResolvedTenant): Record<string, string> {
  return {
    ...tenant.spec.tags,
    tenant: tenant.spec.id,
    tier: tenant.tier.name,
    'managed-by': 'tenant-templates',
  };
}
