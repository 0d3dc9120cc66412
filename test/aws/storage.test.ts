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

describe('AwsStorage for a pooled tenant', () => {
  it('denies object access to every principal but the tenant role', async () => {
    const { TerraformStack, Testing } = await import('cdktf');
    const { AwsProvider } = await import('@cdktf/provider-aws/lib/provider');
    const { AwsAccountContext } = await import('../../lib/aws/account-context');
    const { AwsStorage } = await import('../../lib/aws/storage');
    const stack = new TerraformStack(Testing.app(), 'slice');
    new AwsProvider(stack, 'aws', { region: 'us-east-1' });
    new AwsStorage(stack, 'storage', {
      name: 'acme',
      account: new AwsAccountContext(stack, 'account'),
      kmsKeyArn: 'arn:aws:kms:us-east-1:123456789012:key/abc',
      accessLogging: false,
      dataAccessPrincipalArns: ['arn:aws:iam::123456789012:role/acme-workload'],
    });
    const json = JSON.parse(Testing.synth(stack));
    const [policy] = resourcesOf(json, 'aws_s3_bucket_policy').map((p) => JSON.parse(p.policy as string));
    expect(policy.Statement).toContainEqual(
      expect.objectContaining({
        Sid: 'DataOnlyForTheTenantRole',
        Effect: 'Deny',
        Condition: { StringNotEquals: { 'aws:PrincipalArn': ['arn:aws:iam::123456789012:role/acme-workload'] } },
      }),
    );
    expect(resourcesOf(json, 'aws_s3_bucket')).toHaveLength(1);
  });
});
