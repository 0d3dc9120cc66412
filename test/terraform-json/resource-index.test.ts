import { parseTerraform, pointsAt, referencedAddresses, referencedResource, referrers, refersTo, resolveReference, resourcesOfType } from '../../lib/terraform-json';
import type { TerraformDocument, TerraformResource } from '../../lib/terraform-json';
import { baseAddress } from '../../lib/terraform-json/resource-index';

/**
 * The indexed lookups give the same answers, in the same order, as scanning every resource: a document with buckets,
 * configurations pointing at them by reference and by literal (as plans show them), data sources and strays.
 */
function documentOf(n: number): TerraformDocument {
  const resource: Record<string, Record<string, object>> = { aws_s3_bucket: {}, aws_s3_bucket_versioning: {}, aws_s3_bucket_logging: {}, aws_kms_key: {} };
  for (let i = 0; i < n; i++) {
    // every tenth bucket and configuration named by the same variable without a value (an opaque expression)
    resource.aws_s3_bucket[`b${i}`] = { bucket: i % 10 === 5 ? '${var.shared}' : `bucket-${i}` };
    resource.aws_kms_key[`k${i}`] = { description: `key ${i}` };
    // every third by literal (plan style), the others by reference, some pointing at a bucket that does not exist
    const target = i % 10 === 5 ? '${var.shared}' : i % 3 === 0 ? `bucket-${(i * 7) % n}` : `\${aws_s3_bucket.b${(i * 5) % (n + 2)}.id}`;
    resource.aws_s3_bucket_versioning[`v${i}`] = { bucket: target };
    resource.aws_s3_bucket_logging[`l${i}`] = { bucket: `\${aws_s3_bucket.b${i}.id}`, target_bucket: `\${aws_s3_bucket.b${(i + 1) % n}.bucket}` };
  }
  return parseTerraform({ resource, data: { aws_s3_bucket: { b1: { bucket: 'x' } } } });
}

describe('resource index', () => {
  const doc = documentOf(60);
  const buckets = doc.resources.filter((r) => r.type === 'aws_s3_bucket');

  it('answers referrers as a scan with refersTo would, in document order', () => {
    for (const bucket of buckets) {
      for (const [types, attr] of [
        ['aws_s3_bucket_versioning', 'bucket'],
        [['aws_s3_bucket_logging', 'aws_s3_bucket_versioning'], 'bucket'],
        ['aws_s3_bucket_logging', 'target_bucket'],
      ] as const) {
        const list: readonly string[] = typeof types === 'string' ? [types] : types;
        const scan = doc.resources.filter((r) => list.includes(r.type) && refersTo(r, attr, bucket));
        expect(referrers(doc, types, attr, bucket)).toEqual(scan);
      }
    }
    expect(referrers(doc, 'aws_s3_bucket_versioning', 'bucket', buckets[0]).length).toBeGreaterThan(0);
  });

  it('answers referencedResource and resolveReference as a scan would', () => {
    const values = ['${aws_s3_bucket.b3.id}', 'bucket-4', '${aws_s3_bucket.b999.id}', '${data.aws_s3_bucket.b1.arn}', 'nothing', 42, '${var.shared}', ''];
    for (const value of values) {
      const scan = doc.resources.find((r) => r.type === 'aws_s3_bucket' && pointsAt(value, r));
      expect(referencedResource(doc, value, 'aws_s3_bucket')).toBe(scan);
      const from = doc.resources[0] as TerraformResource;
      const addresses = referencedAddresses(value, from.module);
      const all = [...doc.resources, ...doc.data];
      const scanned = addresses.length > 0 ? all.find((r) => addresses.includes(baseAddress(r.address))) : all.find((r) => r !== from && pointsAt(value, r, from.module));
      expect(resolveReference(doc, from, value)).toBe(scanned);
    }
  });

  it('lists the resources of one or several types in document order', () => {
    expect(resourcesOfType(doc, 'aws_kms_key')).toEqual(doc.resources.filter((r) => r.type === 'aws_kms_key'));
    expect(resourcesOfType(doc, ['aws_kms_key', 'aws_s3_bucket'])).toEqual(doc.resources.filter((r) => r.type === 'aws_kms_key' || r.type === 'aws_s3_bucket'));
    expect(resourcesOfType(doc, 'aws_nothing')).toEqual([]);
  });
});
