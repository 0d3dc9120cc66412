import { SynthStackEntry, stackIdentity } from '../../lib/synth-layout';
import { compareText } from '../review/private/order';

/** Stacks and what each must be deployed after, as cdktf's manifest records it. */
export interface StackGraph {
  /** Every stack of the synth, by name. */
  readonly stacks: ReadonlyMap<string, SynthStackEntry>;
}

/** A selection the deploy order cannot be made of: a cycle, or a stack the synth does not have. */
export class RolloutPlanError extends Error {
  override readonly name = 'RolloutPlanError';
}

/** The stack graph of a synth (`synthStackEntries`). */
export function stackGraph(entries: ReadonlyMap<string, SynthStackEntry>): StackGraph {
  return { stacks: entries };
}

/**
 * For each selected stack, the selected stacks it must wait for: its dependencies, followed through stacks that are
 * not selected (a slice selected with its pool but not the pool's workloads stack still waits for the pool).
 */
export function selectedDependencies(graph: StackGraph, selected: readonly string[]): Map<string, string[]> {
  const chosen = new Set(selected);
  const out = new Map<string, string[]>();
  for (const name of selected) {
    const found = new Set<string>();
    const seen = new Set<string>();
    const walk = (n: string) => {
      for (const d of graph.stacks.get(n)?.dependencies ?? []) {
        if (seen.has(d)) continue;
        seen.add(d);
        if (chosen.has(d)) found.add(d);
        else walk(d);
      }
    };
    walk(name);
    out.set(name, [...found].sort(compareText));
  }
  return out;
}

/**
 * The selected stacks in dependency levels: level 1 needs nothing selected, level n needs something of level n-1.
 * Stacks of one level do not depend on each other, so they can run side by side (a CI matrix).
 * @throws RolloutPlanError naming a cycle.
 */
export function dependencyLevels(graph: StackGraph, selected: readonly string[]): string[][] {
  const deps = selectedDependencies(graph, selected);
  const level = new Map<string, number>();
  const visiting = new Set<string>();
  const depth = (n: string, path: string[]): number => {
    const known = level.get(n);
    if (known !== undefined) return known;
    if (visiting.has(n)) throw new RolloutPlanError(`the stacks depend on each other in a cycle: ${[...path.slice(path.indexOf(n)), n].join(' -> ')}; synthesize again`);
    visiting.add(n);
    const d = 1 + Math.max(0, ...deps.get(n)!.map((x) => depth(x, [...path, n])));
    visiting.delete(n);
    level.set(n, d);
    return d;
  };
  for (const n of selected) depth(n, []);
  const levels: string[][] = [];
  for (const [n, d] of level) (levels[d - 1] ??= []).push(n);
  return levels.map((l) => l.sort(compareText));
}

/** The selected stacks in an order where each comes after what it depends on (by level, then by name). */
export function deployOrder(graph: StackGraph, selected: readonly string[]): string[] {
  return dependencyLevels(graph, selected).flat();
}

/** What a rollout moves as one: a tenant (its stacks), a pool (with its workloads stack), or another stack. */
export interface RolloutUnit {
  /** `tenant:<id>`, `pool:<pool stack>` or `stack:<name>`. */
  readonly key: string;
  /** The tenant, for a tenant unit. */
  readonly tenantId?: string;
  readonly stacks: readonly string[];
}

/** Groups stacks into units: a tenant's stacks together, a pool with its workloads stack, anything else alone. */
export function rolloutUnits(graph: StackGraph, selected: readonly string[]): RolloutUnit[] {
  const names = new Set(graph.stacks.keys());
  const units = new Map<string, { tenantId?: string; stacks: string[] }>();
  for (const name of selected) {
    const identity = stackIdentity(name, names);
    const key = identity.tenantId !== undefined ? `tenant:${identity.tenantId}` : identity.pool !== undefined ? `pool:${identity.pool}` : `stack:${name}`;
    const unit = units.get(key) ?? { ...(identity.tenantId !== undefined ? { tenantId: identity.tenantId } : {}), stacks: [] };
    unit.stacks.push(name);
    units.set(key, unit);
  }
  return [...units].map(([key, u]) => ({ key, ...u, stacks: u.stacks.sort(compareText) })).sort((a, b) => compareText(a.key, b.key));
}
