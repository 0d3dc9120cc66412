import { fleetIssues } from './fleet-checks';
import { loadTenants } from './model/load';
import { loadTenantsById } from './model/load-by-id';
import { PlatformSettings, loadPlatformSettings } from './model/platform-settings';
import type { ResolvedTenant } from './model/resolve';
import type { Tier } from './model/tier';
import { Extensions, TenantTemplatesPlugin, loadPluginModules, resolvePlugins } from './plugin';

export interface LoadFleetOptions {
  /** Folder of tenant files and the fleet's `_platform.yaml`. */
  readonly tenantsDir: string;
  /** The tier catalogue before plugins (e.g. the built-in tiers). */
  readonly tiers: Readonly<Record<string, Tier>>;
  /** Plugins applied after the ones `_platform.yaml` lists. @default [] */
  readonly plugins?: readonly TenantTemplatesPlugin[];
  /** Receives warnings: skipped files, lapsed suppressions. @default console.warn */
  readonly warn?: (message: string) => void;
}

/** A fleet: the settings, the plugins applied, and its tenants fitted to their tiers. */
export interface Fleet {
  readonly tenantsDir: string;
  readonly settings: PlatformSettings;
  /** The tier catalogue after plugins. */
  readonly catalogue: Readonly<Record<string, Tier>>;
  /** The policy, required packs and prices after plugins. */
  readonly extensions: Required<Extensions>;
  /**
   * The fleet's tenants, every file validated, stack names unique and suppressions naming known rules.
   * @param only these ids (every tenant when absent or empty)
   * @throws SpecErrors listing every problem with file, line, field and fix.
   */
  tenants(only?: readonly string[]): ResolvedTenant[];
  /**
   * Some tenants by id, reading only their files (`<id>.yaml`), with the same checks as `tenants`.
   * @param skipMissing skip ids without a file (pool members a lock still lists) @default false
   * @throws SpecErrors listing every problem with file, line, field and fix.
   */
  tenantsById(ids: readonly string[], skipMissing?: boolean): ResolvedTenant[];
}

/**
 * Reads a fleet: `_platform.yaml` (every setting has a default), the plugins it lists and `plugins`, then the
 * tenants on demand.
 * @throws SpecErrors for bad settings, PluginError for a plugin that cannot be loaded or applied.
 */
export function loadFleet(options: LoadFleetOptions): Fleet {
  const settings = loadPlatformSettings(options.tenantsDir);
  const plugins = [...loadPluginModules(settings.plugins, options.tenantsDir), ...(options.plugins ?? [])];
  const { catalogue, extensions } = resolvePlugins(plugins, options.tiers);
  // A fleet's tenants may be read more than once (a selection, then a pool's every tenant): each warning once.
  const warned = new Set<string>();
  const warn = (message: string) => {
    if (warned.has(message)) return;
    warned.add(message);
    (options.warn ?? ((m: string) => console.warn(m)))(message);
  };
  const check = (tenants: readonly ResolvedTenant[]) => fleetIssues(tenants, extensions.policy);
  return {
    tenantsDir: options.tenantsDir,
    settings,
    catalogue,
    extensions,
    tenants: (only) =>
      loadTenants({
        dir: options.tenantsDir,
        catalogue,
        only,
        warn,
        check,
      }),
    tenantsById: (ids, skipMissing) => loadTenantsById(options.tenantsDir, catalogue, ids, skipMissing, { check, warn }),
  };
}
