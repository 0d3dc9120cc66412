import { NAME_RULES, shortHash } from '../model/naming';

/** Builds a name with the rule of lib/model/naming.ts that bounds it, so the tenant-id limit and the name agree. */
function ruleName(resource: string, id: string): string {
  const rule = NAME_RULES.find((r) => r.cloud === 'azure' && r.resource === resource);
  if (!rule) throw new Error(`no azure name rule '${resource}' in lib/model/naming.ts`);
  return rule.build(id);
}

/** Storage account name: `<id without hyphens><hash>`, 3-24 lowercase letters and digits, globally unique. */
export function storageAccountName(id: string): string {
  return ruleName('Storage account name', id);
}

/** Key Vault name: `<id>-<hash>`, 3-24 characters, globally unique. */
export function keyVaultName(id: string): string {
  return ruleName('Key Vault name', id);
}

/**
 * The paired-region Key Vault (geo-redundant backup keys): the Key Vault rule applied to `<id>` with a different
 * suffix, so it has the same length as keyVaultName and fits whenever that name does.
 */
export function geoKeyVaultName(id: string): string {
  const name = keyVaultName(id);
  return `${name.slice(0, name.length - 4)}${shortHash(`${id}/geo`)}`;
}

/**
 * Globally unique DNS names (`<name>.postgres.database.azure.com`, `<name>.redis.cache.windows.net`): the id, the
 * service and the tenant hash. 3-63 characters; the tenant-id bound (19) keeps them far inside.
 */
export function globalServiceName(id: string, service: 'pg' | 'redis'): string {
  return `${id}-${service}-${shortHash(id)}`;
}

/** The platform's resource group: `<id>-rg` (the workloads stack looks the cluster up in it). */
export function resourceGroupName(id: string): string {
  return `${id}-rg`;
}

/** A tenant's workload managed identity (also its Entra login role on a pool's PostgreSQL server and its Redis alias). */
export function workloadIdentityName(tenantId: string): string {
  return `${tenantId}-workload`;
}

/** The platform's Azure Monitor workspace (managed Prometheus): `<id>-prometheus`. */
export function monitorWorkspaceName(id: string): string {
  return `${id}-prometheus`;
}

/** The platform's alert action group: `<id>-alerts` (a pooled tenant's own: `<tenant>-alerts` in the pool's group). */
export function actionGroupName(id: string): string {
  return `${id}-alerts`;
}
