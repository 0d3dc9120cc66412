import { checkEach, defineRule } from '../../rule';
import { AWS } from '../../private/providers';

/** Long-lived IAM access keys are static secrets; workloads use roles (IRSA, Pod Identity) instead. */
export const iamNoAccessKeys = defineRule(__filename, {
  description: 'No IAM user access keys are created',
  category: 'identity',
  severity: 'error',
  fix: 'Remove the aws_iam_access_key and give the workload an IAM role (IRSA or EKS Pod Identity)',
  understands: [{ form: 'aws_iam_access_key (any)', providers: AWS }],
  check: (doc) => {
    const keys = checkEach(doc, 'aws_iam_access_key', () => 'creates a long-lived IAM access key');
    if (keys.status !== 'not-applicable') return keys;
    return doc.resources.some((r) => r.type.startsWith('aws_iam_')) ? { status: 'pass' } : keys;
  },
});
