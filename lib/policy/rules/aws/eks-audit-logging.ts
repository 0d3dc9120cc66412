import { checkEach, defineRule } from '../../rule';
import { textList } from '../../read';
import { AWS } from '../../private/providers';

/** The control-plane log types every security level keeps: who called the API and what it did. */
const REQUIRED = ['api', 'audit'];

/** EKS sends API server and audit logs to CloudWatch. */
export const eksAuditLogging = defineRule(__filename, {
  description: 'EKS control-plane api and audit logs are on',
  category: 'audit-logging',
  severity: 'error',
  fix: 'Add "api" and "audit" to enabled_cluster_log_types on the aws_eks_cluster',
  understands: [{ form: 'aws_eks_cluster.enabled_cluster_log_types', providers: AWS }],
  check: (doc) =>
    checkEach(doc, 'aws_eks_cluster', (cluster) => {
      const on = textList(cluster.values, 'enabled_cluster_log_types');
      const missing = REQUIRED.filter((t) => !on.includes(t));
      return missing.length === 0 ? undefined : `control-plane log types ${missing.join(', ')} are off`;
    }),
});
