import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketPublicAccessBlock } from '@cdktf/provider-aws/lib/s3-bucket-public-access-block';
import { App, TerraformStack, Testing } from 'cdktf';
import { tiers } from '../../tiers';
import { addPolicyValidation, checkStack, formatFinding, poolSubject } from '../../lib/policy/synth';
import { resolveTenant } from '../../lib/model/resolve';
import { TenantInput, TenantSchema } from '../../lib/model/tenant';

function tenant(input: Partial<TenantInput> = {}) {
  const result = resolveTenant(TenantSchema.parse({ id: 'acme', tier: 'premium', cloud: 'aws', region: 'us-east-1', ...input }), tiers);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.tenant;
}

/** A stack with one bucket that blocks public access but has no encryption configuration. */
function stack(): TerraformStack {
  const s = new TerraformStack(Testing.app() as App, 'tenant-acme');
  new AwsProvider(s, 'aws', { region: 'us-east-1' });
  const bucket = new S3Bucket(s, 'bucket', { bucket: 'acme-data' });
  new S3BucketPublicAccessBlock(s, 'pab', {
    bucket: bucket.id,
    blockPublicAcls: true,
    blockPublicPolicy: true,
    ignorePublicAcls: true,
    restrictPublicBuckets: true,
  });
  return s;
}

describe('addPolicyValidation', () => {
  it('fails synth naming the rule, the construct path, the control and the fix', () => {
    const s = stack();
    addPolicyValidation(s, tenant({ compliance: ['hipaa'] }));
    expect(() => Testing.synth(s, true)).toThrow(/policy aws-s3-bucket-encryption: tenant-acme\/bucket \(aws_s3_bucket\.bucket\)/);
    expect(() => Testing.synth(s, true)).toThrow(/HIPAA Security Rule 164\.312\(a\)\(2\)\(iv\).*Fix: Add an aws_s3_bucket_server_side_encryption_configuration/);
  });

  it('synthesizes when the tenant suppresses the error-level findings', () => {
    const s = stack();
    const reason = 'test bucket holding public fixtures only';
    addPolicyValidation(s, tenant({ suppressions: ['aws-s3-bucket-encryption', 'aws-s3-bucket-versioning', 'aws-s3-secure-transport'].map((rule) => ({ rule, reason })) }));
    expect(() => Testing.synth(s, true)).not.toThrow();
  });

  it('does not run without validations', () => {
    const s = stack();
    addPolicyValidation(s, tenant());
    expect(() => Testing.synth(s)).not.toThrow();
  });

  it('checks the stack with baseline plus the tenant’s packs', () => {
    const report = checkStack(stack(), tenant({ compliance: ['hipaa', 'iso27001'] }));
    expect(report.packs).toEqual(['baseline', 'hipaa', 'iso27001']);
    expect(report.target).toBe('tenant-acme');
    const f = report.findings.find((x) => x.ruleId === 'aws-s3-bucket-encryption');
    expect(f && formatFinding(f)).toMatch(/\[HIPAA Security Rule 164\.312\(a\)\(2\)\(iv\), ISO\/IEC 27001:2022 A\.8\.24\]/);
  });
});

describe('poolSubject', () => {
  it('answers to every framework any tenant claims', () => {
    const subject = poolSubject('pool-aws-us-east-1', [tenant({ id: 'alpha', tier: 'standard', compliance: ['soc2'] }), tenant({ id: 'bravo', tier: 'standard', compliance: ['gdpr', 'soc2'] })]);
    expect(subject).toEqual({ target: 'pool-aws-us-east-1', compliance: ['soc2', 'gdpr'], transferBasis: undefined });
  });

  it('has a transfer basis only when every GDPR tenant documents one', () => {
    const documented = tenant({ id: 'alpha', tier: 'standard', compliance: ['gdpr'], transferBasis: 'SCCs 2021/914' });
    const undocumented = tenant({ id: 'bravo', tier: 'standard', compliance: ['gdpr'] });
    expect(poolSubject('p', [documented]).transferBasis).toBe('SCCs 2021/914');
    expect(poolSubject('p', [documented, undocumented]).transferBasis).toBeUndefined();
  });
});

describe('addPolicyValidation on values a rule cannot decide', () => {
  it('fails synth on an error-level rule that cannot decide (a variable without a default), naming it', () => {
    const s = stack();
    // The bucket's versioning names its bucket by a TerraformVariable without a default: the rule cannot decide.
    s.addOverride('variable.bucket_name', {});
    s.addOverride('resource.aws_s3_bucket_versioning.v', { bucket: '${var.bucket_name}', versioning_configuration: { status: 'Enabled' } });
    const reason = 'test fixtures only';
    addPolicyValidation(s, tenant({ suppressions: ['aws-s3-bucket-encryption', 'aws-s3-secure-transport'].map((rule) => ({ rule, reason })) }));
    expect(() => Testing.synth(s, true)).toThrow(/policy aws-s3-bucket-versioning: tenant-acme\/bucket \(aws_s3_bucket\.bucket\): cannot decide: /);
  });
});
