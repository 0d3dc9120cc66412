/**
 * Lookups over one document's resources, built once per document and kept beside it (a WeakMap), so questions
 * asked for every resource (the encryption configurations of each bucket, the resources of a type) cost a map lookup
 * instead of a scan of the whole document: `tenants check` and cost estimates stay linear in the resources.
 */
import type { TerraformDocument, TerraformResource } from './document';

/** Attributes a plan shows as literals where the configuration referenced another resource. */
export const LITERAL_KEYS = ['id', 'bucket', 'name', 'arn'];

interface ResourceIndex {
  /** Managed resources by type, in document order. */
  readonly byType: Map<string, TerraformResource[]>;
  /** Resources, then data sources, by address without instance keys. */
  readonly byAddress: Map<string, TerraformResource[]>;
  /** Position of each resource (then data source) in the document, to answer in document order. */
  readonly position: Map<TerraformResource, number>;
  /** Per type (or ALL): resources by the value of each of LITERAL_KEYS (plans show references as these values). */
  readonly literals: Map<string, Map<unknown, TerraformResource[]>>;
  /** Per `types/attribute`: who refers to an address, and who holds a literal, in that attribute. */
  readonly referrers: Map<string, { byAddress: Map<string, TerraformResource[]>; byLiteral: Map<string, TerraformResource[]> }>;
}

const INDEXES = new WeakMap<TerraformDocument, ResourceIndex>();
/** The `literals` key of every resource and data source (resource types never contain a space). */
const ALL = 'every resource';

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Drops instance keys: `aws_s3_bucket.data[0]` -> `aws_s3_bucket.data`. */
export function baseAddress(address: string): string {
  return address.replace(/\[[^\]]*\]/g, '');
}

function indexOf(doc: TerraformDocument): ResourceIndex {
  let index = INDEXES.get(doc);
  if (index) return index;
  index = { byType: new Map(), byAddress: new Map(), position: new Map(), literals: new Map(), referrers: new Map() };
  let i = 0;
  for (const r of doc.resources) {
    index.position.set(r, i++);
    push(index.byType, r.type, r);
    push(index.byAddress, baseAddress(r.address), r);
  }
  for (const r of doc.data) {
    index.position.set(r, i++);
    push(index.byAddress, baseAddress(r.address), r);
  }
  INDEXES.set(doc, index);
  return index;
}

/** In document order, without repeats. */
function ordered(index: ResourceIndex, lists: readonly (readonly TerraformResource[] | undefined)[]): TerraformResource[] {
  const unique = new Set<TerraformResource>();
  for (const list of lists) for (const r of list ?? []) unique.add(r);
  return [...unique].sort((a, b) => index.position.get(a)! - index.position.get(b)!);
}

/** The managed resources of one or more types, in document order. */
export function resourcesOfType(doc: TerraformDocument, type: string | readonly string[]): TerraformResource[] {
  const index = indexOf(doc);
  if (typeof type === 'string') return index.byType.get(type) ?? [];
  return ordered(index, type.map((t) => index.byType.get(t)));
}

/** Resources and data sources at any of `addresses` (instance keys dropped), in document order. */
export function resourcesAt(doc: TerraformDocument, addresses: readonly string[]): TerraformResource[] {
  const index = indexOf(doc);
  return ordered(index, addresses.map((a) => index.byAddress.get(a)));
}

/**
 * Resources whose id, bucket, name or arn is `value`, in document order: the managed resources of `type`, or with
 * `type` undefined every resource and data source.
 */
export function resourcesWithLiteral(doc: TerraformDocument, type: string | undefined, value: string): TerraformResource[] {
  const index = indexOf(doc);
  const key = type ?? ALL;
  let byValue = index.literals.get(key);
  if (!byValue) {
    byValue = new Map();
    for (const r of type === undefined ? [...doc.resources, ...doc.data] : (index.byType.get(type) ?? [])) {
      for (const k of LITERAL_KEYS) if (typeof r.values[k] === 'string') push(byValue, r.values[k], r);
    }
    index.literals.set(key, byValue);
  }
  return ordered(index, [byValue.get(value)]);
}

/**
 * The resources of `types` whose `attr` refers to an address (by interpolation) or holds a value compared as a literal
 * (plans, or an opaque expression), indexed on first use for that type and attribute.
 * @param addressesOf the addresses a value refers to (`referencedAddresses`), given by the caller.
 * @param isLiteral whether a value is compared with targets' id, bucket, name or arn, given by the caller.
 */
export function referrerIndex(
  doc: TerraformDocument,
  types: readonly string[],
  attr: string,
  addressesOf: (value: unknown, module: string) => readonly string[],
  isLiteral: (value: unknown) => value is string,
): { byAddress: Map<string, TerraformResource[]>; byLiteral: Map<string, TerraformResource[]>; position: Map<TerraformResource, number> } {
  const index = indexOf(doc);
  const key = `${types.join(',')}/${attr}`;
  let entry = index.referrers.get(key);
  if (!entry) {
    entry = { byAddress: new Map(), byLiteral: new Map() };
    for (const r of resourcesOfType(doc, types)) {
      const value = r.values[attr];
      for (const address of addressesOf(value, r.module)) push(entry.byAddress, address, r);
      if (isLiteral(value)) push(entry.byLiteral, value, r);
    }
    index.referrers.set(key, entry);
  }
  return { ...entry, position: index.position };
}
