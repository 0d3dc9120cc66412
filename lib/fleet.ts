import { loadTenants } from './model/load';
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
   * The fleet's tenants, every file validated.
   * @param only these ids (every tenant when absent or empty)
   * @throws SpecErrors listing every problem with file, line, field and fix.
   */
  tenants(only?: readonly string[]): ResolvedTenant[];
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
  return {
    tenantsDir: options.tenantsDir,
    settings,
    catalogue,
    extensions,
    tenants: (only) => loadTenants({ dir: options.tenantsDir, catalogue, only }),
  };
}
