import { DataAwsIamPolicyDocument } from '@cdktf/provider-aws/lib/data-aws-iam-policy-document';
import { KmsAlias } from '@cdktf/provider-aws/lib/kms-alias';
import { KmsKey } from '@cdktf/provider-aws/lib/kms-key';
import { Construct } from 'constructs';
import type { AwsAccountContext } from './account-context';

/** The services that encrypt with a customer-managed key. */
export type AwsEncryptedService = 'cluster' | 'database' | 'cache' | 'storage' | 'logs';
const SERVICES: readonly AwsEncryptedService[] = ['cluster', 'database', 'cache', 'storage', 'logs'];

/** The KMS default: a deleted key can be recovered for 30 days (the maximum). */
const DELETION_WINDOW_DAYS = 30;

export interface AwsEncryptionProps {
  /** Name prefix for aliases, e.g. the tenant id. */
  readonly name: string;
  readonly account: AwsAccountContext;
  /** Rotate key material every year (KMS automatic rotation). @default true */
  readonly keyRotation?: boolean;
  /** One key per service instead of one shared key. @default false */
  readonly keyPerService?: boolean;
  /** Tags for the keys. @default - provider default tags only */
  readonly tags?: Record<string, string>;
}

/**
 * Customer-managed KMS keys for the tenant's data: EKS secrets and node volumes, RDS, ElastiCache, S3 and logs.
 * The key policy delegates to the account's IAM and lets CloudWatch Logs, CloudWatch alarms and the Prometheus alert
 * manager (both publish to an encrypted SNS topic) and EC2 (encrypted node volumes) use the key for this account only.
 */
export class AwsEncryption extends Construct {
  private readonly keys = new Map<AwsEncryptedService, KmsKey>();

  constructor(scope: Construct, id: string, props: AwsEncryptionProps) {
    super(scope, id);
    const policy = keyPolicy(this, props.account);
    const keyRotation = props.keyRotation ?? true;
    const groups: (AwsEncryptedService | 'shared')[] = props.keyPerService ? [...SERVICES] : ['shared'];
    for (const group of groups) {
      const key = new KmsKey(this, `${group}-key`, {
        description: `${props.name} ${group === 'shared' ? 'data' : group} encryption`,
        enableKeyRotation: keyRotation,
        deletionWindowInDays: DELETION_WINDOW_DAYS,
        policy: policy.json,
        tags: props.tags,
      });
      new KmsAlias(this, `${group}-alias`, { name: `alias/${props.name}-${group}`, targetKeyId: key.keyId });
      const served = group === 'shared' ? SERVICES : [group];
      served.forEach((s) => this.keys.set(s, key));
    }
  }

  /** The key that encrypts `service`'s data. */
  keyFor(service: AwsEncryptedService): KmsKey {
    return this.keys.get(service)!;
  }

  /** Every distinct key. */
  get allKeys(): KmsKey[] {
    return [...new Set(this.keys.values())];
  }
}

function keyPolicy(scope: Construct, account: AwsAccountContext): DataAwsIamPolicyDocument {
  const useKey = ['kms:Encrypt*', 'kms:Decrypt*', 'kms:ReEncrypt*', 'kms:GenerateDataKey*', 'kms:Describe*'];
  const sameAccount = { test: 'StringEquals', variable: 'aws:SourceAccount', values: [account.accountId] };
  return new DataAwsIamPolicyDocument(scope, 'key-policy', {
    statement: [
      {
        sid: 'AccountAdministersKeyThroughIam',
        principals: [{ type: 'AWS', identifiers: [account.accountRootArn] }],
        actions: ['kms:*'],
        resources: ['*'],
      },
      {
        sid: 'CloudWatchLogsEncryptsThisAccountsLogs',
        principals: [{ type: 'Service', identifiers: [`logs.${account.region}.${account.dnsSuffix}`] }],
        actions: useKey,
        resources: ['*'],
        condition: [
          {
            test: 'ArnLike',
            variable: 'kms:EncryptionContext:aws:logs:arn',
            values: [`arn:${account.partition}:logs:${account.region}:${account.accountId}:*`],
          },
        ],
      },
      {
        sid: 'CloudWatchAlarmsPublishToEncryptedTopics',
        principals: [{ type: 'Service', identifiers: [`cloudwatch.${account.dnsSuffix}`] }],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
        condition: [sameAccount],
      },
      {
        // An encrypted topic takes alerts from the Prometheus alert manager only if it may use the topic's key
        // (Amazon Managed Service for Prometheus user guide, AMP-alertmanager-receiver-AMPpermission).
        sid: 'PrometheusAlertManagerPublishesToEncryptedTopics',
        principals: [{ type: 'Service', identifiers: [`aps.${account.dnsSuffix}`] }],
        actions: ['kms:Decrypt', 'kms:GenerateDataKey*'],
        resources: ['*'],
        condition: [sameAccount],
      },
      {
        // The pattern of the AWS-managed aws/ebs key: any principal of this account, only through EC2. Auto
        // Scaling launches node volumes with it without naming its service-linked role (which may not exist yet).
        sid: 'Ec2EncryptsThisAccountsNodeVolumes',
        principals: [{ type: 'AWS', identifiers: ['*'] }],
        actions: [...useKey, 'kms:CreateGrant'],
        resources: ['*'],
        condition: [
          { test: 'StringEquals', variable: 'kms:CallerAccount', values: [account.accountId] },
          { test: 'StringEquals', variable: 'kms:ViaService', values: [`ec2.${account.region}.${account.dnsSuffix}`] },
        ],
      },
    ],
  });
}
