import { parseTerraform, pointsAt, referencedAddresses, referencedResource, referrers, refersTo, resolveReference } from '../../lib/terraform-json';

describe('referencedResource', () => {
  const doc = parseTerraform({ resource: { aws_launch_template: { nodes: { name: 'acme-nodes' } } } });

  it('follows an interpolation to the resource it names', () => {
    expect(referencedResource(doc, '${aws_launch_template.nodes.id}', 'aws_launch_template')?.name).toBe('nodes');
    expect(referencedResource(doc, '${aws_launch_template.other.id}', 'aws_launch_template')).toBeUndefined();
  });

  it('matches a plain value against the target name (plan JSON)', () => {
    expect(referencedResource(doc, 'acme-nodes', 'aws_launch_template')?.name).toBe('nodes');
  });
});

describe('references', () => {
  it('extracts resource and data addresses from ${...} strings', () => {
    expect(referencedAddresses('${aws_s3_bucket.data.id}')).toEqual(['aws_s3_bucket.data']);
    expect(referencedAddresses('${data.aws_iam_policy_document.p.json}')).toEqual(['data.aws_iam_policy_document.p']);
    expect(referencedAddresses('${var.region}-${local.x}')).toEqual([]);
    expect(referencedAddresses(['${aws_kms_key.k[0].arn}'])).toEqual(['aws_kms_key.k']);
  });

  it('matches a reference by .id or .bucket, and a literal by the target’s id or name', () => {
    const bucket = parseTerraform({ resource: { aws_s3_bucket: { b: { bucket: 'acme' } } } }).resources[0];
    const from = (v: string) => ({ ...bucket, address: 'x.y', values: { bucket: v } });
    expect(refersTo(from('${aws_s3_bucket.b.bucket}'), 'bucket', bucket)).toBe(true);
    expect(refersTo(from('acme'), 'bucket', bucket)).toBe(true);
    expect(refersTo(from('${aws_s3_bucket.other.id}'), 'bucket', bucket)).toBe(false);
  });

  it('resolves references inside a module against that module', () => {
    const target = { ...parseTerraform({ resource: { aws_kms_key: { k: {} } } }).resources[0], address: 'module.logs.aws_kms_key.k', module: 'module.logs.' };
    expect(pointsAt('${aws_kms_key.k.arn}', target, 'module.logs.')).toBe(true);
    expect(pointsAt('${aws_kms_key.k.arn}', target)).toBe(false);
  });

  it('finds referrers and the resource or data source a value refers to', () => {
    const doc = parseTerraform({
      resource: {
        aws_s3_bucket: { b: {} },
        aws_s3_bucket_policy: { p: { bucket: '${aws_s3_bucket.b.id}', policy: '${data.aws_iam_policy_document.d.json}' } },
      },
      data: { aws_iam_policy_document: { d: {} } },
    });
    const [bucket, policy] = doc.resources;
    expect(referrers(doc, 'aws_s3_bucket_policy', 'bucket', bucket).map((r) => r.address)).toEqual(['aws_s3_bucket_policy.p']);
    expect(resolveReference(doc, policy, policy.values.policy)?.address).toBe('data.aws_iam_policy_document.d');
  });
});

describe('resources tied only by a variable or local value', () => {
  const versioned = (variables: Record<string, unknown>) =>
    parseTerraform(
      {
        variable: { bucket_name: variables },
        locals: { name: '${var.bucket_name}' },
        resource: {
          aws_s3_bucket: { data: { bucket: '${var.bucket_name}' } },
          aws_s3_bucket_versioning: { v: { bucket: '${local.name}' } },
          aws_s3_bucket_logging: { l: { bucket: '${var.other}' } },
        },
      },
      'main.tf.json',
    );

  it('connects them through the value the variable has', () => {
    const doc = versioned({ default: 'acme-data' });
    expect(referrers(doc, 'aws_s3_bucket_versioning', 'bucket', doc.resources[0]).map((r) => r.address)).toEqual(['aws_s3_bucket_versioning.v']);
  });

  it('connects them through the same unknown expression when the variable has no value, and nothing else', () => {
    const doc = versioned({});
    expect(doc.resources[0].values.bucket).toBe('${var.bucket_name}');
    expect(referrers(doc, 'aws_s3_bucket_versioning', 'bucket', doc.resources[0]).map((r) => r.address)).toEqual(['aws_s3_bucket_versioning.v']);
    expect(referrers(doc, 'aws_s3_bucket_logging', 'bucket', doc.resources[0])).toEqual([]);
  });
});
