import { checkEach, defineRule } from '../../rule';
import { get } from '../../../terraform-json';

/** Cluster access comes from EKS access entries (IAM), not the editable aws-auth ConfigMap. */
export const eksApiAuthentication = defineRule(__filename, {
  description: 'EKS clusters authenticate through access entries only (authentication_mode API)',
  category: 'identity',
  severity: 'error',
  fix: 'Set access_config.authentication_mode = "API" on the aws_eks_cluster and grant access with aws_eks_access_entry',
  check: (doc) =>
    checkEach(doc, 'aws_eks_cluster', (cluster) => {
      const mode = get(cluster.values, 'access_config.authentication_mode') ?? 'CONFIG_MAP';
      return mode === 'API' ? undefined : `authentication_mode is ${String(mode)}`;
    }),
});
