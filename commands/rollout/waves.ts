import { compareText } from '../review/private/order';
import { RolloutPlanError, StackGraph, deployOrder, rolloutUnits, selectedDependencies } from './graph';
import type { RolloutPlan, RolloutWave } from './model';

/** How stacks are grouped into waves. */
export interface WaveOptions {
  /** Tenants deployed first, in a wave of their own, with the pools they need. @default none: no canary wave */
  readonly canary?: readonly string[];
  /**
   * Units (a tenant's stacks, a pool with its workloads stack, or another stack) per wave after the canary wave.
   * @default DEFAULT_BATCH_SIZE
   */
  readonly batchSize?: number;
}

/** Units per wave after the canary wave, unless told otherwise. */
export const DEFAULT_BATCH_SIZE = 10;

/**
 * Plans a rollout of the selected stacks: a canary wave (the canary tenants' stacks and the selected stacks they
 * depend on), then waves of `batchSize` units in dependency order, so a unit's wave never comes before the waves of
 * what it depends on. Inside a wave, stacks are listed in dependency order (a pool before its workloads stack and its
 * slices, a platform before its workloads); each stack lists the selected stacks it waits for.
 * @throws RolloutPlanError for a cycle, a batch size below 1, or a canary tenant with no selected stack.
 */
export function planRollout(graph: StackGraph, selected: readonly string[], options: WaveOptions = {}): RolloutPlan {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  if (!Number.isInteger(batchSize) || batchSize < 1) throw new RolloutPlanError(`the batch size must be a whole number of at least 1, not ${batchSize}`);
  const order = deployOrder(graph, selected);
  const position = new Map(order.map((n, i) => [n, i]));
  const deps = selectedDependencies(graph, selected);
  const units = rolloutUnits(graph, selected);
  const unitOf = new Map(units.flatMap((u) => u.stacks.map((s) => [s, u.key] as const)));
  // A unit is ready once every unit it depends on is placed; units keep the order of their first stack.
  const firstOf = (key: string) => Math.min(...units.find((u) => u.key === key)!.stacks.map((s) => position.get(s)!));
  const unitDeps = new Map(units.map((u) => [u.key, new Set(u.stacks.flatMap((s) => deps.get(s)!).map((d) => unitOf.get(d)!).filter((k) => k !== u.key))]));

  const placed = new Set<string>();
  const waves: { name: string; units: string[] }[] = [];
  const canary = [...new Set(options.canary ?? [])];
  if (canary.length > 0) {
    const missing = canary.filter((id) => !units.some((u) => u.tenantId === id));
    if (missing.length > 0) {
      throw new RolloutPlanError(`canary tenant ${missing.map((m) => `'${m}'`).join(', ')} has no stack in this rollout; name tenants whose stacks are selected`);
    }
    const wave = new Set<string>();
    const add = (key: string) => {
      if (wave.has(key)) return;
      wave.add(key);
      for (const d of unitDeps.get(key)!) add(d);
    };
    for (const u of units.filter((x) => x.tenantId !== undefined && canary.includes(x.tenantId))) add(u.key);
    waves.push({ name: 'canary', units: [...wave] });
    for (const k of wave) placed.add(k);
  }
  const rest = units.map((u) => u.key).filter((k) => !placed.has(k));
  rest.sort((a, b) => firstOf(a) - firstOf(b) || compareText(a, b));
  // Dependency order of units: repeatedly take the first unit whose dependencies are all placed.
  const queue: string[] = [];
  const pending = [...rest];
  const queued = new Set(placed);
  while (pending.length > 0) {
    const i = pending.findIndex((k) => [...unitDeps.get(k)!].every((d) => queued.has(d)));
    if (i < 0) throw new RolloutPlanError(`the units ${pending.join(', ')} depend on each other in a cycle; synthesize again`);
    const [k] = pending.splice(i, 1);
    queue.push(k);
    queued.add(k);
  }
  for (let i = 0; i < queue.length; i += batchSize) waves.push({ name: `batch ${waves.length + (canary.length > 0 ? 0 : 1)}`, units: queue.slice(i, i + batchSize) });

  const stacksOfUnit = new Map(units.map((u) => [u.key, u.stacks]));
  const planned: RolloutWave[] = waves.map((w, i) => ({
    wave: i + 1,
    name: w.name,
    stacks: w.units
      .flatMap((k) => stacksOfUnit.get(k)!)
      .sort((a, b) => position.get(a)! - position.get(b)!)
      .map((stack) => ({ stack, after: deps.get(stack)! })),
  }));
  return { stacks: order.length, waves: planned };
}
