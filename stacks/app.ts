import { App } from 'cdktf';
import { SpecError, SpecErrors } from '../lib/spec/errors';
import { loadTenants } from '../lib/spec/load';
import type { ResolvedTenant } from '../lib/spec/resolve';
import type { Tier } from '../lib/spec/tier';
import { tiers as builtInTiers } from '../tiers';
import { TenantStack } from './tenant-stack';

export interface BuildAppOptions {
  /** Folder of tenant files. @default 'tenants' */
  readonly tenantsDir?: string;
  /** Only these tenant ids. @default - every tenant */
  readonly only?: readonly string[];
  /** Tier catalogue. @default the built-in tiers */
  readonly tiers?: Readonly<Record<string, Tier>>;
}

/**
 * Adds one stack per tenant to `app`. Every tenant file is validated before any stack is built, so a mistake
 * in one file fails the whole synth with every error listed and nothing written.
 * @throws SpecErrors for bad input.
 */
export function buildApp(app: App, options: BuildAppOptions = {}): TenantStack[] {
  const tenants = loadTenants({
    dir: options.tenantsDir ?? 'tenants',
    catalogue: options.tiers ?? builtInTiers,
    only: options.only,
  });
  const unsupported = tenants.filter((t) => t.tier.isolation !== 'siloed').map(pooledNotBuilt);
  if (unsupported.length > 0) throw new SpecErrors(unsupported);
  return tenants.map((tenant) => new TenantStack(app, { tenant }));
}

function pooledNotBuilt(t: ResolvedTenant): SpecError {
  return new SpecError(
    `tenant '${t.spec.id}' (${t.file ?? 'inline'}): tier '${t.tier.name}' is pooled, and pooled tenancy is not built yet; use a siloed tier (premium and up)`,
  );
}
