import { Document, isMap, stringify } from 'yaml';
import type { Overrides } from '../../lib/model/tenant';
import type { TenantRecommendation } from './recommend';

/** The order fields are written in, as the README's tenant file shows them. */
const ORDER = ['nodes', 'vcpu', 'memoryGiB', 'min', 'desired', 'max', 'storageGb', 'database', 'backupRetentionDays', 'logRetentionDays'];

function ordered(value: unknown): unknown {
  if (!value || typeof value !== 'object') return value;
  const rank = (k: string) => (ORDER.includes(k) ? ORDER.indexOf(k) : ORDER.length);
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => rank(a) - rank(b))
      .map(([k, v]) => [k, ordered(v)]),
  );
}

/**
 * The lines to put in `tenants/<id>.yaml` for a recommendation: the `tier:` line for a tier change and the complete
 * `overrides:` block (it replaces the file's), node counts and database fields in flow style as in the README.
 * @returns undefined when nothing changes.
 */
export function tenantFileSnippet(recommendation: TenantRecommendation): string | undefined {
  const change = recommendation.change;
  if (!change) return undefined;
  const current: Overrides = recommendation.tenant.spec.overrides;
  const keepOverrides = Object.keys(change.overrides).length > 0 || Object.keys(current).length > 0;
  const body: Record<string, unknown> = {
    ...(change.tier ? { tier: change.tier } : {}),
    ...(keepOverrides ? { overrides: ordered(change.overrides) } : {}),
  };
  const doc = new Document(body);
  const overrides = doc.get('overrides');
  if (isMap(overrides)) {
    for (const key of ['nodes', 'database']) {
      const inner = overrides.get(key);
      if (isMap(inner)) inner.flow = true;
    }
    if (overrides.items.length === 0) overrides.flow = true;
  }
  return stringify(doc);
}
