import { checkEach, defineRule } from '../../rule';
import { strings } from '../../../terraform-json';

/** The control-plane log types every security level keeps: who called the API and what it did. */
const REQUIRED = ['api', 'audit'];

/** EKS sends API server and audit logs to CloudWatch. */
export const eksAuditLogging = defineRule(__filename, {
  description: 'EKS control-plane api and audit logs are on',
  category: 'audit-logging',
  severity: 'error',
  fix: 'Add "api" and "audit" to enabled_cluster_log_types on the aws_eks_cluster',
  check: (doc) =>
    checkEach(doc, 'aws_eks_cluster', (cluster) => {
      const missing = REQUIRED.filter((t) => !strings(cluster.values.enabled_cluster_log_types).includes(t));
      return missing.length === 0 ? undefined : `control-plane log types ${missing.join(', ')} are off`;
    }),
});
