import { S3BucketPublicAccessBlock } from '@cdktf/provider-aws/lib/s3-bucket-public-access-block';
import { resourcesOf, synthTenant } from '../util';

describe('AwsStorage', () => {
  const premium = synthTenant({ tier: 'premium' });

  it('encrypts the data bucket with SSE-KMS and a bucket key', () => {
    const configs = resourcesOf(premium, 'aws_s3_bucket_server_side_encryption_configuration');
    const kms = configs.find((c) => JSON.stringify(c).includes('aws:kms'));
    expect(kms?.rule).toEqual([
      { apply_server_side_encryption_by_default: { sse_algorithm: 'aws:kms', kms_master_key_id: expect.stringContaining('aws_kms_key') }, bucket_key_enabled: true },
    ]);
  });

  it('blocks every kind of public access on every bucket', () => {
    expect(resourcesOf(premium, 'aws_s3_bucket_public_access_block')).toHaveLength(2);
    expect(JSON.stringify(premium)).toHaveResourceWithProperties(S3BucketPublicAccessBlock, {
      block_public_acls: true,
      block_public_policy: true,
      ignore_public_acls: true,
      restrict_public_buckets: true,
    });
  });

  it('versions, expires old versions and aborts stale uploads', () => {
    expect(resourcesOf(premium, 'aws_s3_bucket_versioning').every((v) => (v.versioning_configuration as { status: string }).status === 'Enabled')).toBe(true);
    const rules = resourcesOf(premium, 'aws_s3_bucket_lifecycle_configuration').flatMap((l) => l.rule as { id: string }[]);
    expect(rules.map((r) => r.id)).toEqual(expect.arrayContaining(['abort-incomplete-multipart-uploads', 'expire-noncurrent-versions']));
  });

  it('denies requests without TLS 1.2', () => {
    const policies = resourcesOf(premium, 'aws_s3_bucket_policy').map((p) => JSON.parse(p.policy as string));
    for (const policy of policies) {
      expect(policy.Statement).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ Sid: 'DenyInsecureTransport', Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          expect.objectContaining({ Sid: 'DenyTlsOlderThan12', Effect: 'Deny' }),
        ]),
      );
    }
  });

  it('logs access to a separate bucket from enhanced security', () => {
    const [logging] = resourcesOf(premium, 'aws_s3_bucket_logging');
    expect(logging.target_prefix).toBe('data/');
    expect(resourcesOf(premium, 'aws_s3_bucket').map((b) => b.bucket_prefix).sort()).toEqual(['acme-access-logs-', 'acme-data-']);
  });
});
