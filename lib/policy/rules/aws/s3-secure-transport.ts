import { checkEach, defineRule, undecided } from '../../rule';
import { AWS } from '../../private/providers';
import { bucketConfigs } from '../../private/s3';
import { blocks, isObject, resolveReference, strings, type Json, type TerraformDocument, type TerraformResource } from '../../../terraform-json';

/** True for a Deny statement whose condition is `aws:SecureTransport` false, in IAM policy JSON. */
function deniesInJson(statement: unknown): boolean {
  if (!isObject(statement) || statement.Effect !== 'Deny' || !isObject(statement.Condition)) return false;
  return Object.values(statement.Condition).some(
    (test) => isObject(test) && [test['aws:SecureTransport']].flat().some((v) => v === false || String(v).toLowerCase() === 'false'),
  );
}

/** True for a statement block of an aws_iam_policy_document that denies requests without TLS. */
function deniesInDocument(statement: Json): boolean {
  return (
    (statement.effect ?? 'Allow') === 'Deny' &&
    blocks(statement, 'condition').some((c) => c.variable === 'aws:SecureTransport' && strings(c.values).some((v) => v.toLowerCase() === 'false'))
  );
}

/** Whether an aws_iam_policy_document denies insecure transport, following its source and override documents. */
function documentDenies(doc: TerraformDocument, source: TerraformResource, seen: TerraformResource[] = []): boolean {
  if (blocks(source.values, 'statement').some(deniesInDocument)) return true;
  const merged = [...strings(source.values.source_policy_documents), ...strings(source.values.override_policy_documents)];
  return merged.some((ref) => {
    const next = resolveReference(doc, source, ref);
    return next?.type === 'aws_iam_policy_document' && !seen.includes(next) && documentDenies(doc, next, [...seen, source]);
  });
}

/**
 * Whether a policy (JSON text, HCL `jsonencode` evaluated to JSON, or a reference to an aws_iam_policy_document)
 * denies requests without TLS; undecided when the policy is only known at apply time.
 */
function policyDenies(doc: TerraformDocument, owner: TerraformResource, policy: unknown): boolean {
  const source = resolveReference(doc, owner, policy);
  if (source?.type === 'aws_iam_policy_document') return documentDenies(doc, source);
  if (typeof policy !== 'string') return false;
  if (/^\$\{[^}]*\}$/.test(policy.trim())) return undecided(`the policy is not known until apply (${policy})`);
  try {
    const json: unknown = JSON.parse(policy);
    return isObject(json) && [json.Statement].flat().some(deniesInJson);
  } catch {
    // Not JSON (a template with expressions in it): read the text.
    return /"Deny"/.test(policy) && /aws:SecureTransport"\s*:\s*(\{[^}]*)?"?false/.test(policy);
  }
}

/** S3 buckets refuse plain-HTTP requests through a bucket policy. Cross-resource. */
export const s3SecureTransport = defineRule(__filename, {
  description: 'S3 bucket policies deny requests that do not use TLS',
  category: 'encryption-in-transit',
  severity: 'error',
  fix: 'Add an aws_s3_bucket_policy with a Deny statement for s3:* when aws:SecureTransport is "false"',
  understands: [
    { form: 'aws_s3_bucket_policy.policy: JSON text or jsonencode(...) with Deny + Condition.Bool["aws:SecureTransport"] = false', providers: AWS },
    { form: 'aws_s3_bucket_policy.policy -> data.aws_iam_policy_document (statement, source_policy_documents, override_policy_documents)', providers: AWS },
    { form: 'aws_s3_bucket.policy (inline)', providers: 'aws 3.x; deprecated from 4.x' },
  ],
  check: (doc) =>
    checkEach(doc, 'aws_s3_bucket', (bucket) => {
      if (bucket.values.policy !== undefined && policyDenies(doc, bucket, bucket.values.policy)) return undefined;
      const policies = bucketConfigs(doc, 'aws_s3_bucket_policy', bucket);
      if (policies.length === 0 && bucket.values.policy === undefined) return 'no aws_s3_bucket_policy references this bucket';
      return policies.some((p) => policyDenies(doc, p, p.values.policy)) ? undefined : 'the bucket policy does not deny aws:SecureTransport = false';
    }),
});
