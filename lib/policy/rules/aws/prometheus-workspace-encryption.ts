import { checkEach, defineRule } from '../../rule';
import { configured } from '../../read';

/** Managed Prometheus encrypts metrics with a customer-managed KMS key. */
export const prometheusWorkspaceEncryption = defineRule(__filename, {
  description: 'Amazon Managed Prometheus workspaces use a customer-managed KMS key',
  category: 'customer-managed-key',
  severity: 'warning',
  fix: 'Set kms_key_arn on the aws_prometheus_workspace',
  understands: [{ form: 'aws_prometheus_workspace.kms_key_arn', providers: 'aws 5.x–6.x (the releases that document it)' }],
  check: (doc) =>
    checkEach(doc, 'aws_prometheus_workspace', (ws) => (configured(ws.values, 'kms_key_arn') ? undefined : 'metrics use the AWS-owned key')),
});
