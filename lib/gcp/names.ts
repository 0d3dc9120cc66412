import { NAME_RULES } from '../model/naming';

/** Builds a name with the rule of lib/model/naming.ts that bounds it, so the tenant-id limit and the name agree. */
function ruleName(resource: string, id: string): string {
  const rule = NAME_RULES.find((r) => r.cloud === 'gcp' && r.resource === resource);
  if (!rule) throw new Error(`no gcp name rule '${resource}' in lib/model/naming.ts`);
  return rule.build(id);
}

/** GKE cluster name, `<id>-gke` (1-40 characters). */
export function gkeClusterName(id: string): string {
  return ruleName('GKE cluster name', id);
}

/** Memorystore instance id, `<id>-redis` (1-40 characters). */
export function memorystoreInstanceId(id: string): string {
  return ruleName('Memorystore instance id', id);
}
