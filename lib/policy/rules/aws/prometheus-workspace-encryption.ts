import { checkEach, defineRule } from '../../rule';
import { isSet } from '../../../terraform-json';

/** Managed Prometheus encrypts metrics with a customer-managed KMS key. */
export const prometheusWorkspaceEncryption = defineRule(__filename, {
  description: 'Amazon Managed Prometheus workspaces use a customer-managed KMS key',
  category: 'customer-managed-key',
  severity: 'warning',
  fix: 'Set kms_key_arn on the aws_prometheus_workspace',
  check: (doc) =>
    checkEach(doc, 'aws_prometheus_workspace', (ws) => (isSet(ws.values.kms_key_arn) ? undefined : 'metrics use the AWS-owned key')),
});
