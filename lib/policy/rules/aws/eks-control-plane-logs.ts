import { checkEach, defineRule } from '../../rule';
import { textList } from '../../read';
import { AWS } from '../../private/providers';

/** Every EKS control-plane log type. */
const ALL = ['api', 'audit', 'authenticator', 'controllerManager', 'scheduler'];

/** EKS sends every control-plane log type to CloudWatch (from the enhanced security level). */
export const eksControlPlaneLogs = defineRule(__filename, {
  description: 'EKS sends all five control-plane log types',
  category: 'extended-logging',
  severity: 'warning',
  fix: `Set enabled_cluster_log_types = ${JSON.stringify(ALL)} on the aws_eks_cluster`,
  understands: [{ form: 'aws_eks_cluster.enabled_cluster_log_types', providers: AWS }],
  check: (doc) =>
    checkEach(doc, 'aws_eks_cluster', (cluster) => {
      const on = textList(cluster.values, 'enabled_cluster_log_types');
      const missing = ALL.filter((t) => !on.includes(t));
      return missing.length === 0 ? undefined : `control-plane log types ${missing.join(', ')} are off`;
    }),
});
