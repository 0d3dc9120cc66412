import { CloudwatchLogGroup } from '@cdktf/provider-aws/lib/cloudwatch-log-group';
import { Construct } from 'constructs';

export interface EncryptedLogGroupProps {
  /** Log group name, e.g. `/aws/eks/acme/cluster`. */
  readonly name: string;
  /** Days to keep events. */
  readonly retentionDays: number;
  /** KMS key ARN that encrypts the events. */
  readonly kmsKeyArn: string;
  /** @default - provider default tags only */
  readonly tags?: Record<string, string>;
}

/** A CloudWatch log group with retention and a customer-managed key: the only kind this library creates. */
export function encryptedLogGroup(scope: Construct, id: string, props: EncryptedLogGroupProps): CloudwatchLogGroup {
  return new CloudwatchLogGroup(scope, id, {
    name: props.name,
    retentionInDays: props.retentionDays,
    kmsKeyId: props.kmsKeyArn,
    tags: props.tags,
  });
}
