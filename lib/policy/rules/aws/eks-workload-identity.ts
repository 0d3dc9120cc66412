import { checkEach, defineRule } from '../../rule';
import { AWS } from '../../private/providers';

/** Ways pods get IAM roles without static keys: IRSA (an OIDC provider) or EKS Pod Identity. */
const IDENTITY_TYPES = ['aws_iam_openid_connect_provider', 'aws_eks_pod_identity_association'];

/** Pods assume IAM roles through IRSA or Pod Identity instead of carrying access keys. Cross-resource. */
export const eksWorkloadIdentity = defineRule(__filename, {
  description: 'EKS clusters have IAM roles for service accounts (OIDC provider) or Pod Identity',
  category: 'identity',
  severity: 'error',
  fix: 'Add an aws_iam_openid_connect_provider for the cluster issuer (identity.oidc.issuer) or use aws_eks_pod_identity_association',
  understands: [
    { form: 'aws_iam_openid_connect_provider (IRSA)', providers: AWS },
    { form: 'aws_eks_pod_identity_association (EKS Pod Identity)', providers: 'aws 5.29–6.x' },
  ],
  check: (doc) => {
    const present = doc.resources.some((r) => IDENTITY_TYPES.includes(r.type));
    return checkEach(doc, 'aws_eks_cluster', () => (present ? undefined : 'no OIDC provider or Pod Identity association for workloads'));
  },
});
