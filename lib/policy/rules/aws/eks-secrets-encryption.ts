import { checkEach, defineRule } from '../../rule';
import { configured, textList } from '../../read';
import { AWS } from '../../private/providers';
import { blocks } from '../../../terraform-json';

/** Kubernetes secrets are envelope-encrypted with a customer-managed KMS key. */
export const eksSecretsEncryption = defineRule(__filename, {
  description: 'EKS encrypts Kubernetes secrets with a KMS key',
  category: 'encryption-at-rest',
  severity: 'error',
  fix: 'Add encryption_config { resources = ["secrets"], provider { key_arn = <KMS key ARN> } } to the aws_eks_cluster',
  understands: [{ form: 'aws_eks_cluster.encryption_config { resources, provider.key_arn }', providers: AWS }],
  check: (doc) =>
    checkEach(doc, 'aws_eks_cluster', (cluster) => {
      const ok = blocks(cluster.values, 'encryption_config').some((c) => textList(c, 'resources').includes('secrets') && configured(c, 'provider.key_arn'));
      return ok ? undefined : 'secrets are not encrypted with a KMS key (encryption_config)';
    }),
});
