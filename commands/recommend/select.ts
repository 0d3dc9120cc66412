import type { ResolvedTenant } from '../../lib/model/resolve';
import { TenantUsageRecord, UsageExport, UsageInputError } from './usage';

/** A tenant and its usage record. */
export interface AssessedTenant {
  readonly tenant: ResolvedTenant;
  readonly usage: TenantUsageRecord;
}

export interface SelectOptions {
  /** Only these tenant ids (`--tenant`); every tenant with a usage record when empty. */
  readonly only?: readonly string[];
  /** The tenant folder, for messages. */
  readonly tenantsDir: string;
  /** The usage file, for messages. */
  readonly usageFile: string;
}

/**
 * Pairs usage records with tenants. Every record must name a tenant of the folder, and every tenant asked for with
 * `only` must exist and have a record.
 * @returns the pairs in folder order, and the ids of the folder's tenants without a record (not assessed)
 * @throws UsageInputError naming the id, the file and the folder.
 */
export function selectTenants(
  usage: UsageExport,
  tenants: readonly ResolvedTenant[],
  options: SelectOptions,
): { assessed: AssessedTenant[]; notAssessed: string[] } {
  const byId = new Map(tenants.map((t) => [t.spec.id, t]));
  const known = [...byId.keys()].join(', ') || 'none';
  const dir = options.tenantsDir.replace(/\/+$/, '');
  const problems: string[] = [];
  usage.tenants.forEach((record, i) => {
    if (!byId.has(record.id)) {
      problems.push(`${options.usageFile}: tenants[${i}].id: no tenant '${record.id}' in ${dir}/ (known: ${known}); fix the id, remove the record or pass the right --tenants-dir`);
    }
  });
  const only = options.only ?? [];
  const records = new Map(usage.tenants.map((r) => [r.id, r]));
  for (const id of only) {
    if (!byId.has(id)) problems.push(`--tenant '${id}': no tenant with that id in ${dir}/ (known: ${known}); fix the id`);
    else if (!records.has(id)) problems.push(`${options.usageFile}: no usage record for tenant '${id}' (--tenant); add one or drop --tenant ${id}`);
  }
  if (problems.length > 0) throw new UsageInputError(problems);
  const wanted = only.length > 0 ? new Set(only) : undefined;
  const assessed: AssessedTenant[] = [];
  const notAssessed: string[] = [];
  for (const tenant of tenants) {
    const record = records.get(tenant.spec.id);
    if (wanted && !wanted.has(tenant.spec.id)) continue;
    if (record) assessed.push({ tenant, usage: record });
    else notAssessed.push(tenant.spec.id);
  }
  return { assessed, notAssessed };
}
