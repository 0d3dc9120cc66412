import * as path from 'path';
import { PRICE_CATALOGS, PriceCatalogs } from './cost/catalog';
import { PriceOverrides, withPriceOverrides } from './cost/catalog/overrides';
import { TierSchema, type Tier } from './model/tier';
import { SpecError, formatIssues } from './model/errors';
import { PLATFORM_SETTINGS_FILE } from './model/platform-settings';
import type { Pack, PackId } from './policy/packs/pack';
import { BUILT_IN_POLICY, PolicyDefinitionError, PolicySet, extendPolicy, requirePacks } from './policy/policy-set';
import type { Rule } from './policy/rule';

/**
 * What a platform team adds to the library without forking it: tiers, policy rules and packs, and prices. Give
 * plugins to `buildApp`/`synthTenants` (`plugins`), or list their modules in `platform.yaml` (`plugins:`) so the
 * `tenants` CLI and `cdktf synth` load them.
 */
export interface TenantTemplatesPlugin {
  /** Names the plugin in errors. */
  readonly name: string;
  /** Tiers of your own (`defineTier`); one named like a built-in tier replaces it. @default [] */
  readonly tiers?: readonly Tier[];
  /** Policy rules of your own (`defineRule({ id, cloud, ... })`). @default [] */
  readonly rules?: readonly Rule[];
  /** Policy packs of your own (`definePack`). @default [] */
  readonly packs?: readonly Pack[];
  /** Packs every stack runs at synth, on top of baseline and its tenants' frameworks. @default [] */
  readonly requiredPacks?: readonly PackId[];
  /** Your prices: discounts and exact prices over the dated catalogues. @default - list prices */
  readonly prices?: PriceOverrides;
}

/** A plugin that cannot be used: the message names the plugin, the field and the fix. */
export class PluginError extends SpecError {
  constructor(message: string) {
    super(message);
    this.name = 'PluginError';
  }
}

/** Checks a plugin's shape and returns it, so a mistake shows where the plugin is written rather than at synth. */
export function definePlugin(plugin: TenantTemplatesPlugin): TenantTemplatesPlugin {
  if (!plugin || typeof plugin.name !== 'string' || plugin.name.length === 0) {
    throw new PluginError('a plugin needs a name (definePlugin({ name: "acme-platform", ... }))');
  }
  for (const tier of plugin.tiers ?? []) {
    const result = TierSchema.safeParse(tier, { reportInput: true });
    if (!result.success) throw new PluginError(formatIssues(result.error.issues, `plugin '${plugin.name}': tier '${String(tier?.name)}' is invalid`));
  }
  return plugin;
}

/** What the stacks use beyond the tenant: the rules and packs, the packs every stack runs, and the prices. */
export interface Extensions {
  /** @default BUILT_IN_POLICY */
  readonly policy?: PolicySet;
  /** @default [] */
  readonly requiredPacks?: readonly PackId[];
  /** @default PRICE_CATALOGS */
  readonly prices?: PriceCatalogs;
}

/** Plugins applied: the tier catalogue tenants are fitted to, and the extensions the stacks use. */
export interface ResolvedPlugins {
  readonly catalogue: Readonly<Record<string, Tier>>;
  readonly extensions: Required<Extensions>;
}

/**
 * Applies plugins in order over a tier catalogue, the built-in policy and the list-price catalogues.
 * @throws PluginError naming the plugin when its tiers, rules, packs or prices cannot be applied.
 */
export function resolvePlugins(plugins: readonly TenantTemplatesPlugin[], catalogue: Readonly<Record<string, Tier>>): ResolvedPlugins {
  let tiers = { ...catalogue };
  let policy = BUILT_IN_POLICY;
  let prices = PRICE_CATALOGS;
  const requiredPacks: PackId[] = [];
  for (const plugin of plugins) {
    definePlugin(plugin);
    const where = `plugin '${plugin.name}'`;
    try {
      for (const tier of plugin.tiers ?? []) tiers = { ...tiers, [tier.name]: tier };
      policy = extendPolicy(policy, { rules: plugin.rules, packs: plugin.packs });
      if (plugin.prices) prices = withPriceOverrides(prices, plugin.prices);
      requirePacks(policy, plugin.requiredPacks ?? []);
    } catch (e) {
      if (e instanceof PolicyDefinitionError || (e instanceof Error && e.name === 'PriceCatalogError')) throw new PluginError(`${where}: ${e.message}`);
      throw e;
    }
    requiredPacks.push(...(plugin.requiredPacks ?? []).filter((p) => !requiredPacks.includes(p)));
  }
  return { catalogue: Object.freeze(tiers), extensions: { policy, requiredPacks, prices } };
}

/**
 * Loads plugin modules listed in a fleet's settings: a path relative to `fromDir` (`./plugins/acme.js`) or a
 * package name. A module exports a plugin (or a list of them) as `default`, as `plugin`, or as the module itself.
 * @throws PluginError naming the module when it cannot be loaded or exports no plugin.
 */
export function loadPluginModules(specifiers: readonly string[], fromDir: string): TenantTemplatesPlugin[] {
  return specifiers.flatMap((specifier) => {
    const request = specifier.startsWith('.') ? path.resolve(fromDir, specifier) : specifier;
    let exported: unknown;
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      exported = require(require.resolve(request, { paths: [fromDir] }));
    } catch (e) {
      const notFound = (e as NodeJS.ErrnoException).code === 'MODULE_NOT_FOUND';
      const reason = notFound ? 'no such module' : e instanceof Error ? e.message.split('\n')[0] : String(e);
      throw new PluginError(`plugin module '${specifier}' cannot be loaded (${reason}); fix the path in ${path.join(fromDir, PLATFORM_SETTINGS_FILE)}`);
    }
    const candidate = (exported as { default?: unknown; plugin?: unknown } | undefined) ?? {};
    const value = candidate.default ?? candidate.plugin ?? exported;
    const list = Array.isArray(value) ? value : [value];
    if (list.length === 0 || list.some((p) => !p || typeof p !== 'object' || typeof (p as { name?: unknown }).name !== 'string')) {
      throw new PluginError(`plugin module '${specifier}' exports no plugin; export definePlugin({ name, ... }) as default or as 'plugin'`);
    }
    return list.map((p) => definePlugin(p as TenantTemplatesPlugin));
  });
}
