import { App } from 'cdktf';
import { SpecError, SpecErrors } from '../lib/spec/errors';
import { loadTenants } from '../lib/spec/load';
import type { ResolvedTenant } from '../lib/spec/resolve';
import type { Tier } from '../lib/spec/tier';
import { tiers as builtInTiers } from '../tiers';
import { TenantStack } from './tenant-stack';
import { WorkloadsStack } from './workloads-stack';

export interface BuildAppOptions {
  /** Folder of tenant files. @default 'tenants' */
  readonly tenantsDir?: string;
  /** Only these tenant ids. @default - every tenant */
  readonly only?: readonly string[];
  /** Tier catalogue. @default the built-in tiers */
  readonly tiers?: Readonly<Record<string, Tier>>;
}

/**
 * Adds two stacks per tenant to `app`: the platform (`tenant-<id>`) and, depending on it, the in-cluster
 * workloads (`tenant-<id>-workloads`, see `WorkloadsStack`). Every tenant file is validated before any stack
 * is built, so a mistake in one file fails the whole synth with every error listed and nothing written.
 * @returns the platform stacks; `workloadStacks(app)` lists the workloads stacks.
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
  return tenants.map((tenant) => {
    const stack = new TenantStack(app, { tenant });
    new WorkloadsStack(app, { tenant, platformStack: stack, platform: stack.outputs });
    return stack;
  });
}

function pooledNotBuilt(t: ResolvedTenant): SpecError {
  return new SpecError(
    `tenant '${t.spec.id}' (${t.file ?? 'inline'}): tier '${t.tier.name}' is pooled, and pooled tenancy is not built yet; use a siloed tier (premium and up)`,
  );
}

/** The workloads stacks `buildApp` added to `app`, in tenant order. */
export function workloadStacks(app: App): WorkloadsStack[] {
  return app.node.children.filter((c): c is WorkloadsStack => c instanceof WorkloadsStack);
}
