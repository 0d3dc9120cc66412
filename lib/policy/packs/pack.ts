import type { Category, Level, Rule, RuleParams } from '../rule';
import { RULES } from '../rules';

/** `baseline` (always on), a compliance framework (`hipaa`, ...), or a pack a library user defines (`definePack`). */
export type PackId = string;

/** A number or list a pack imposes, with where it comes from. */
export interface Threshold<T> {
  readonly value: T;
  /** The clause or document that sets it, or why this library chose it. */
  readonly source: string;
}

/** How a pack treats the rules of one category: their level and the framework controls they evidence. */
export interface PackEntry {
  readonly level: Level;
  readonly controls: readonly string[];
}

/**
 * A pack only attaches metadata to rules: levels, control ids and thresholds. It runs the rules of the categories
 * it lists, and the rules it names in `rules`; other rules do not run.
 */
export interface Pack {
  readonly id: PackId;
  /** Display name, e.g. `HIPAA Security Rule`. */
  readonly name: string;
  /** The document the control ids refer to. */
  readonly source: string;
  readonly thresholds: { readonly [K in keyof RuleParams]?: Threshold<NonNullable<RuleParams[K]>> };
  readonly categories: Partial<Record<Category, PackEntry>>;
  /** Per-rule changes to the category entry, by rule id. */
  readonly overrides?: Readonly<Record<string, Partial<PackEntry>>>;
  /** Rules the pack runs whatever their category (e.g. your own rules), by rule id. @default - none */
  readonly rules?: Readonly<Record<string, PackEntry>>;
}

/** One rule as a pack runs it. */
export interface PackRule {
  readonly rule: Rule;
  readonly level: Level;
  readonly controls: readonly string[];
  readonly params: RuleParams;
}

/** The rules a pack runs, with their level, controls and the pack's thresholds. */
export function packRules(pack: Pack, rules: readonly Rule[] = RULES): PackRule[] {
  const params = Object.fromEntries(Object.entries(pack.thresholds).map(([k, t]) => [k, t?.value])) as RuleParams;
  const out: PackRule[] = [];
  for (const rule of rules) {
    const entry = pack.rules?.[rule.id] ?? pack.categories[rule.category];
    if (!entry) continue;
    const override = pack.overrides?.[rule.id] ?? {};
    out.push({ rule, level: override.level ?? entry.level, controls: override.controls ?? entry.controls, params });
  }
  return out;
}
