import { z } from 'zod';
import { formatIssues } from '../model/errors';
import { PACKS } from './packs';
import type { Pack, PackId } from './packs/pack';
import { CATEGORIES, RULE_ID_PATTERN, Rule } from './rule';
import { RULES } from './rules';

/** The rules and packs a check can use: the built-in ones, plus any a library user adds with `extendPolicy`. */
export interface PolicySet {
  /** Every rule, sorted by id. */
  readonly rules: readonly Rule[];
  /** Every pack, by id: `baseline`, the frameworks, and your own. */
  readonly packs: Readonly<Record<PackId, Pack>>;
}

/** The rules and packs this library ships. */
export const BUILT_IN_POLICY: PolicySet = Object.freeze({ rules: RULES, packs: PACKS });

/** A rule or pack that cannot be registered: a clash, a bad id, a pack naming a rule that does not exist. */
export class PolicyDefinitionError extends Error {
  override readonly name = 'PolicyDefinitionError';
}

const LevelSchema = z.enum(['error', 'warning']);
const EntrySchema = z.strictObject({ level: LevelSchema, controls: z.array(z.string().min(1)) });
const ThresholdSchema = <T extends z.ZodType>(value: T) => z.strictObject({ value, source: z.string().min(1) });

/** What `definePack` accepts: the shape of every built-in pack. */
export const PackSchema = z.strictObject({
  id: z.string().regex(RULE_ID_PATTERN, 'use lowercase letters and digits joined by single hyphens, e.g. acme-internal'),
  name: z.string().min(1),
  source: z.string().min(1),
  thresholds: z.strictObject({
    minLogRetentionDays: ThresholdSchema(z.number().int().positive()).optional(),
    minBackupRetentionDays: ThresholdSchema(z.number().int().positive()).optional(),
    maxKeyRotationDays: ThresholdSchema(z.number().int().positive()).optional(),
    allowedRegions: ThresholdSchema(z.array(z.string().min(1))).optional(),
  }),
  categories: z.partialRecord(z.enum(CATEGORIES), EntrySchema),
  overrides: z.record(z.string(), EntrySchema.partial()).optional(),
  rules: z.record(z.string(), EntrySchema).optional(),
});

/**
 * Validates a pack of your own: levels, the framework controls each category or rule evidences, and thresholds.
 * Register it with `extendPolicy`, then run it with `checkTerraform(doc, { policy, packs: [id] })`, at synth with
 * a plugin's `requiredPacks`, or `tenants check --pack <id>`.
 * @throws PolicyDefinitionError naming each invalid field.
 */
export function definePack(input: Pack): Pack {
  const result = PackSchema.safeParse(input, { reportInput: true });
  if (!result.success) throw new PolicyDefinitionError(formatIssues(result.error.issues, `pack '${String(input?.id)}' is invalid`));
  return input;
}

/** What `extendPolicy` adds. */
export interface PolicyAdditions {
  /** Rules of your own (`defineRule({ id, cloud, ... })`). @default [] */
  readonly rules?: readonly Rule[];
  /** Packs of your own (`definePack`). @default [] */
  readonly packs?: readonly Pack[];
}

/**
 * A set with your rules and packs added to `base`. Rule and pack ids must be new; every rule a pack names in
 * `rules` or `overrides` must exist in the result.
 * @throws PolicyDefinitionError on a clash or a dangling rule id.
 */
export function extendPolicy(base: PolicySet, additions: PolicyAdditions): PolicySet {
  const ruleIds = new Set(base.rules.map((r) => r.id));
  for (const rule of additions.rules ?? []) {
    if (ruleIds.has(rule.id)) throw new PolicyDefinitionError(`rule '${rule.id}' is already registered; give your rule its own id`);
    ruleIds.add(rule.id);
  }
  const packs: Record<PackId, Pack> = { ...base.packs };
  for (const pack of additions.packs ?? []) {
    definePack(pack);
    if (Object.hasOwn(packs, pack.id)) throw new PolicyDefinitionError(`pack '${pack.id}' is already registered; give your pack its own id`);
    for (const id of [...Object.keys(pack.rules ?? {}), ...Object.keys(pack.overrides ?? {})]) {
      if (!ruleIds.has(id)) throw new PolicyDefinitionError(`pack '${pack.id}' names rule '${id}', which is not registered; add the rule or fix the id`);
    }
    packs[pack.id] = pack;
  }
  const rules = [...base.rules, ...(additions.rules ?? [])].sort((a, b) => a.id.localeCompare(b.id));
  return Object.freeze({ rules, packs: Object.freeze(packs) });
}

/** The display name of a pack, or its id when the set does not have it. */
export function packName(policy: PolicySet, id: PackId): string {
  return Object.hasOwn(policy.packs, id) ? policy.packs[id].name : id;
}

/**
 * The packs named, checked against the set.
 * @throws PolicyDefinitionError naming an unknown pack and the known ones.
 */
export function requirePacks(policy: PolicySet, ids: readonly PackId[]): Pack[] {
  return ids.map((id) => {
    if (!Object.hasOwn(policy.packs, id)) {
      throw new PolicyDefinitionError(`unknown policy pack '${id}'; use one of: ${Object.keys(policy.packs).join(', ')}`);
    }
    return policy.packs[id];
  });
}
