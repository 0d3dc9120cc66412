import { checkEach, defineRule } from '../../rule';
import { blocks, referrers, resolveReference, type TerraformDocument, type TerraformResource } from '../../../terraform-json';

/** True when a bucket policy (JSON text or an aws_iam_policy_document) denies requests without TLS. */
function deniesInsecureTransport(doc: TerraformDocument, policy: TerraformResource): boolean {
  const text = policy.values.policy;
  const source = resolveReference(doc, policy, text);
  if (source?.type === 'aws_iam_policy_document') {
    return blocks(source.values, 'statement').some(
      (s) => s.effect === 'Deny' && blocks(s, 'condition').some((c) => c.variable === 'aws:SecureTransport' && JSON.stringify(c.values).includes('false')),
    );
  }
  return typeof text === 'string' && /"Deny"/.test(text) && /aws:SecureTransport"\s*:\s*"?false/.test(text);
}

/** S3 buckets refuse plain-HTTP requests through a bucket policy. Cross-resource. */
export const s3SecureTransport = defineRule(__filename, {
  description: 'S3 bucket policies deny requests that do not use TLS',
  category: 'encryption-in-transit',
  severity: 'error',
  fix: 'Add an aws_s3_bucket_policy with a Deny statement for s3:* when aws:SecureTransport is "false"',
  check: (doc) =>
    checkEach(doc, 'aws_s3_bucket', (bucket) => {
      const policies = referrers(doc, 'aws_s3_bucket_policy', 'bucket', bucket);
      if (policies.length === 0) return 'no aws_s3_bucket_policy references this bucket';
      return policies.some((p) => deniesInsecureTransport(doc, p)) ? undefined : 'the bucket policy does not deny aws:SecureTransport = false';
    }),
});
