import { checkEach, defineRule } from '../../rule';
import { text } from '../../read';
import { AWS } from '../../private/providers';

/** What EKS uses when `access_config` is absent (and what clusters made before access entries have). */
const EKS_DEFAULT_MODE = 'CONFIG_MAP';

/** Cluster access comes from EKS access entries (IAM), not the editable aws-auth ConfigMap. */
export const eksApiAuthentication = defineRule(__filename, {
  description: 'EKS clusters authenticate through access entries only (authentication_mode API)',
  category: 'identity',
  severity: 'error',
  fix: 'Set access_config.authentication_mode = "API" on the aws_eks_cluster and grant access with aws_eks_access_entry',
  understands: [{ form: 'aws_eks_cluster.access_config.authentication_mode (absent: CONFIG_MAP, as on providers before access entries)', providers: AWS }],
  check: (doc) =>
    checkEach(doc, 'aws_eks_cluster', (cluster) => {
      const mode = text(cluster.values, 'access_config.authentication_mode') ?? EKS_DEFAULT_MODE;
      return mode === 'API' ? undefined : `authentication_mode is ${mode}`;
    }),
});
