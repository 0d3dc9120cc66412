import { undecided } from '../rule';
import { isUnresolved, referencedAddresses, referrers, resourcesOfType, type TerraformDocument, type TerraformResource } from '../../terraform-json';

/**
 * The configuration resources of `type` (aws_s3_bucket_versioning, _policy, ...) for a bucket: those whose `bucket`
 * points at it. When none does but one names its bucket by a value not known here (a variable without a value that
 * is not the bucket's own), the bucket is undecided: that one may be for it.
 */
export function bucketConfigs(doc: TerraformDocument, type: string, bucket: TerraformResource, attribute = 'bucket'): TerraformResource[] {
  const found = referrers(doc, type, attribute, bucket);
  if (found.length > 0) return found;
  const unknown = opaqueNamer(doc, type, attribute);
  if (unknown) return undecided(`${unknown.address} names its bucket by a value not known here (${String(unknown.values[attribute])})`);
  return [];
}

/** Per document: the first resource of a type that names its bucket by an opaque value, looked up once (asked per bucket). */
const OPAQUE_NAMERS = new WeakMap<TerraformDocument, Map<string, TerraformResource | undefined>>();

function opaqueNamer(doc: TerraformDocument, type: string, attribute: string): TerraformResource | undefined {
  let byKey = OPAQUE_NAMERS.get(doc);
  if (!byKey) OPAQUE_NAMERS.set(doc, (byKey = new Map()));
  const key = `${type}/${attribute}`;
  if (!byKey.has(key)) {
    byKey.set(
      key,
      resourcesOfType(doc, type).find((r) => {
        const v = r.values[attribute];
        return typeof v === 'string' && isUnresolved(v) && referencedAddresses(v, r.module).length === 0;
      }),
    );
  }
  return byKey.get(key);
}
