import { undecided } from '../rule';
import { isUnresolved, referencedAddresses, referrers, type TerraformDocument, type TerraformResource } from '../../terraform-json';

/**
 * The configuration resources of `type` (aws_s3_bucket_versioning, _policy, ...) for a bucket: those whose `bucket`
 * points at it. When none does but one names its bucket by a value not known here (a variable without a value that
 * is not the bucket's own), the bucket is undecided: that one may be for it.
 */
export function bucketConfigs(doc: TerraformDocument, type: string, bucket: TerraformResource, attribute = 'bucket'): TerraformResource[] {
  const found = referrers(doc, type, attribute, bucket);
  if (found.length > 0) return found;
  const unknown = doc.resources.find((r) => {
    const v = r.values[attribute];
    return r.type === type && typeof v === 'string' && isUnresolved(v) && referencedAddresses(v, r.module).length === 0;
  });
  if (unknown) return undecided(`${unknown.address} names its bucket by a value not known here (${String(unknown.values[attribute])})`);
  return [];
}
