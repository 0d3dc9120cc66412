import { Json, TerraformProvider, TerraformResource, isObject } from '../../lib/terraform-json';
import type { SynthStack } from './folder';
import type { BlockDiff, ProviderDiff } from './model';
import { compareText } from './private/order';

/** cdktf's metadata key (construct path, unique id): not an argument, so never a change. */
export const METADATA_KEY = '//';

/** Top-level blocks compared as resources, data sources and providers; the others are compared whole. */
const DIFFED_BLOCKS = new Set(['resource', 'data', 'provider', METADATA_KEY]);

/** True when two JSON values are equal, deep, ignoring `"//"` keys at any depth and object key order. */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((v, i) => sameJson(v, b[i]));
  }
  if (!isObject(a) || !isObject(b)) return false;
  const keys = (o: Json) => Object.keys(o).filter((k) => k !== METADATA_KEY && o[k] !== undefined);
  const ka = keys(a);
  const kb = keys(b);
  return ka.length === kb.length && ka.every((k) => Object.hasOwn(b, k) && sameJson(a[k], b[k]));
}

/** Top-level arguments whose values differ between two blocks, sorted; `"//"` is ignored. */
export function changedAttributes(base: Json, head: Json): string[] {
  const keys = new Set([...Object.keys(base), ...Object.keys(head)]);
  keys.delete(METADATA_KEY);
  return [...keys].filter((k) => !sameJson(base[k], head[k])).sort();
}

/** Resources (or data sources) of two sides, by Terraform address. */
export function diffBlocks(base: readonly TerraformResource[], head: readonly TerraformResource[]): BlockDiff {
  const b = new Map(base.map((r) => [r.address, r]));
  const h = new Map(head.map((r) => [r.address, r]));
  const changed: BlockDiff['changed'] = [];
  let unchanged = 0;
  for (const [address, resource] of h) {
    const before = b.get(address);
    if (!before) continue;
    const attributes = changedAttributes(before.values, resource.values);
    if (attributes.length > 0) changed.push({ address, attributes });
    else unchanged++;
  }
  return {
    added: [...h.keys()].filter((a) => !b.has(a)).sort(compareText),
    removed: [...b.keys()].filter((a) => !h.has(a)).sort(compareText),
    changed: changed.sort((x, y) => compareText(x.address, y.address)),
    unchanged,
  };
}

/** Provider configurations of two sides, by key (`aws`, `aws.west`). */
export function diffProviders(base: readonly TerraformProvider[], head: readonly TerraformProvider[]): ProviderDiff {
  const b = new Map(base.map((p) => [p.key, p.values]));
  const h = new Map(head.map((p) => [p.key, p.values]));
  return {
    added: [...h.keys()].filter((k) => !b.has(k)).sort(),
    removed: [...b.keys()].filter((k) => !h.has(k)).sort(),
    changed: [...h.keys()].filter((k) => b.has(k) && !sameJson(b.get(k), h.get(k))).sort(),
  };
}

/** Top-level blocks other than resource, data and provider (output, terraform, locals ...) that differ, sorted. */
export function diffOtherBlocks(base: Json, head: Json): string[] {
  const keys = new Set([...Object.keys(base), ...Object.keys(head)].filter((k) => !DIFFED_BLOCKS.has(k)));
  return [...keys].filter((k) => !sameJson(base[k], head[k])).sort();
}

/** How one stack differs; a missing side is an empty stack. */
export interface StackDiff {
  readonly resources: BlockDiff;
  readonly data: BlockDiff;
  readonly providers: ProviderDiff;
  readonly otherBlocks: readonly string[];
}

/** Compares a stack's two sides. */
export function diffStack(base: SynthStack | undefined, head: SynthStack | undefined): StackDiff {
  return {
    resources: diffBlocks(base?.doc.resources ?? [], head?.doc.resources ?? []),
    data: diffBlocks(base?.doc.data ?? [], head?.doc.data ?? []),
    providers: diffProviders(base?.doc.providers ?? [], head?.doc.providers ?? []),
    otherBlocks: diffOtherBlocks(base?.json ?? {}, head?.json ?? {}),
  };
}

/** True when nothing in the diff changed. */
export function isEmptyDiff(d: StackDiff): boolean {
  const blocks = (x: BlockDiff) => x.added.length + x.removed.length + x.changed.length;
  const providers = d.providers.added.length + d.providers.removed.length + d.providers.changed.length;
  return blocks(d.resources) + blocks(d.data) + providers + d.otherBlocks.length === 0;
}
