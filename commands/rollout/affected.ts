import { z } from 'zod';
import type { SynthStackEntry } from '../../lib/synth-layout';
import type { SynthFolder } from '../review/folder';
import { isQuietPlan, stackPlan } from '../review/plan';
import { compareText } from '../review/private/order';
import { diffStack, isEmptyDiff } from '../review/resources';
import { dependencyLevels, stackGraph } from './graph';

/** Why a pull request affects a stack. */
export const AFFECTED_REASONS = ['added', 'changed', 'plan'] as const;

/** One entry of a GitHub Actions matrix: a stack and its dependency wave. */
export const MatrixEntrySchema = z.object({ stack: z.string(), wave: z.number().int().positive() });

/** A GitHub Actions `strategy.matrix` value: `{"include":[{"stack":"...","wave":1}, ...]}`. */
export const MatrixSchema = z.object({ include: z.array(MatrixEntrySchema) });
export type Matrix = z.infer<typeof MatrixSchema>;

/** The stacks a pull request affects, in dependency waves: what a deploy must apply, in order. */
export const AffectedSchema = z.object({
  version: z.literal(1),
  base: z.string(),
  head: z.string(),
  /** Every affected stack of head, by wave then name. */
  stacks: z.array(
    z.object({
      stack: z.string(),
      wave: z.number().int().positive(),
      /** `added` or `changed` in head's synth, or `plan`: its head plan changes something though its JSON did not change. */
      reason: z.enum(AFFECTED_REASONS),
    }),
  ),
  /**
   * Dependency waves: wave n holds the stacks that wait for something in wave n-1 and nothing later, so the stacks of
   * a wave can run side by side.
   */
  waves: z.array(z.object({ wave: z.number().int().positive(), stacks: z.array(z.string()) })),
  /** Stacks of base that head no longer has: a deploy does not destroy them (`terraform destroy` in base's synth does). */
  removed: z.array(z.string()),
  /** Every affected stack as one matrix; `tenants affected --wave <n> --format matrix` gives one wave's. */
  matrix: MatrixSchema,
});
export type Affected = z.infer<typeof AffectedSchema>;

/**
 * The stacks of head a pull request affects: added, changed (resources, data sources, providers, outputs or other
 * blocks), or, when head has plans, any stack whose plan changes something. Waves follow cdktf's dependencies in
 * head's manifest, followed through unaffected stacks.
 */
export function affectedStacks(base: SynthFolder, head: SynthFolder, entries: ReadonlyMap<string, SynthStackEntry>): Affected {
  const reasons = new Map<string, Affected['stacks'][number]['reason']>();
  for (const [name, h] of head.stacks) {
    const b = base.stacks.get(name);
    if (!b) reasons.set(name, 'added');
    else if (!isEmptyDiff(diffStack(b, h))) reasons.set(name, 'changed');
    else if (h.plan && !isQuietPlan(stackPlan(h.plan).actions)) reasons.set(name, 'plan');
  }
  const levels = dependencyLevels(stackGraph(entries), [...reasons.keys()].filter((n) => entries.has(n)));
  const stacks = levels.flatMap((names, i) => names.map((stack) => ({ stack, wave: i + 1, reason: reasons.get(stack)! })));
  return {
    version: 1,
    base: base.dir,
    head: head.dir,
    stacks,
    waves: levels.map((names, i) => ({ wave: i + 1, stacks: names })),
    removed: [...base.stacks.keys()].filter((n) => !head.stacks.has(n)).sort(compareText),
    matrix: { include: stacks.map(({ stack, wave }) => ({ stack, wave })) },
  };
}

/** The matrix of one wave (empty when the wave does not exist). */
export function waveMatrix(affected: Affected, wave: number): Matrix {
  return { include: affected.matrix.include.filter((e) => e.wave === wave) };
}
