import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { S3BucketLifecycleConfiguration } from '@cdktf/provider-aws/lib/s3-bucket-lifecycle-configuration';
import { S3BucketLoggingA } from '@cdktf/provider-aws/lib/s3-bucket-logging';
import { S3BucketOwnershipControls } from '@cdktf/provider-aws/lib/s3-bucket-ownership-controls';
import { S3BucketPolicy } from '@cdktf/provider-aws/lib/s3-bucket-policy';
import { S3BucketPublicAccessBlock } from '@cdktf/provider-aws/lib/s3-bucket-public-access-block';
import { S3BucketServerSideEncryptionConfigurationA } from '@cdktf/provider-aws/lib/s3-bucket-server-side-encryption-configuration';
import { S3BucketVersioningA } from '@cdktf/provider-aws/lib/s3-bucket-versioning';
import { Construct } from 'constructs';
import type { AwsAccountContext } from './account-context';

/** Days before incomplete multipart uploads are aborted. */
const ABORT_MULTIPART_DAYS = 7;

export interface AwsStorageProps {
  /** Name prefix; buckets get `<name>-data-<random>` names. */
  readonly name: string;
  readonly account: AwsAccountContext;
  /** Key for SSE-KMS. */
  readonly kmsKeyArn: string;
  /** Days a noncurrent object version is kept. @default 90 */
  readonly noncurrentVersionDays?: number;
  /** Server access logs to a separate bucket. @default true */
  readonly accessLogging?: boolean;
  /** Days access logs are kept. @default 365 */
  readonly accessLogRetentionDays?: number;
  /**
   * Only these IAM principals may read, write, list or delete objects (a pooled tenant's role); everyone else is
   * denied by the bucket policy, whatever their IAM permissions.
   * @default - any principal the account's IAM allows
   */
  readonly dataAccessPrincipalArns?: string[];
  /**
   * Principals the data-access restriction never denies: the role Terraform runs as (refreshing the bucket needs
   * s3:ListBucket, through HeadBucket, and emptying it needs object deletes) and break-glass roles.
   * @default []
   */
  readonly exemptPrincipalArns?: readonly string[];
}

/**
 * The tenant's S3 bucket: SSE-KMS with the tenant key and an S3 Bucket Key, versioning, every public-access
 * block, object ownership enforced (no ACLs), TLS 1.2+ required by policy, lifecycle rules, and server access
 * logs to a second bucket (SSE-S3: S3 log delivery does not write to SSE-KMS buckets).
 */
export class AwsStorage extends Construct {
  readonly bucket: S3Bucket;
  readonly logBucket?: S3Bucket;

  constructor(scope: Construct, id: string, props: AwsStorageProps) {
    super(scope, id);
    this.bucket = new S3Bucket(this, 'bucket', { bucketPrefix: `${props.name}-data-`, forceDestroy: false });
    lockDown(this, 'bucket', this.bucket);
    new S3BucketServerSideEncryptionConfigurationA(this, 'bucket-encryption', {
      bucket: this.bucket.id,
      rule: [
        {
          applyServerSideEncryptionByDefault: { sseAlgorithm: 'aws:kms', kmsMasterKeyId: props.kmsKeyArn },
          bucketKeyEnabled: true,
        },
      ],
    });
    new S3BucketVersioningA(this, 'bucket-versioning', {
      bucket: this.bucket.id,
      versioningConfiguration: { status: 'Enabled' },
    });
    new S3BucketLifecycleConfiguration(this, 'bucket-lifecycle', {
      bucket: this.bucket.id,
      rule: [
        {
          id: 'abort-incomplete-multipart-uploads',
          status: 'Enabled',
          filter: [{}],
          abortIncompleteMultipartUpload: [{ daysAfterInitiation: ABORT_MULTIPART_DAYS }],
        },
        {
          id: 'expire-noncurrent-versions',
          status: 'Enabled',
          filter: [{}],
          noncurrentVersionExpiration: [{ noncurrentDays: props.noncurrentVersionDays ?? 90 }],
        },
      ],
    });
    new S3BucketPolicy(this, 'bucket-policy', {
      bucket: this.bucket.id,
      policy: JSON.stringify({
        Version: '2012-10-17',
        Statement: [
          ...tlsOnlyStatements(this.bucket.arn),
          ...(props.dataAccessPrincipalArns
            ? [onlyPrincipalsStatement(this.bucket.arn, [...props.dataAccessPrincipalArns, ...(props.exemptPrincipalArns ?? [])])]
            : []),
        ],
      }),
    });

    if (props.accessLogging ?? true) {
      const logs = new S3Bucket(this, 'access-logs', { bucketPrefix: `${props.name}-access-logs-`, forceDestroy: false });
      this.logBucket = logs;
      lockDown(this, 'access-logs', logs);
      new S3BucketServerSideEncryptionConfigurationA(this, 'access-logs-encryption', {
        bucket: logs.id,
        rule: [{ applyServerSideEncryptionByDefault: { sseAlgorithm: 'AES256' } }],
      });
      new S3BucketVersioningA(this, 'access-logs-versioning', {
        bucket: logs.id,
        versioningConfiguration: { status: 'Enabled' },
      });
      new S3BucketLifecycleConfiguration(this, 'access-logs-lifecycle', {
        bucket: logs.id,
        rule: [
          {
            id: 'expire-access-logs',
            status: 'Enabled',
            filter: [{}],
            expiration: [{ days: props.accessLogRetentionDays ?? 365 }],
            noncurrentVersionExpiration: [{ noncurrentDays: 1 }],
          },
        ],
      });
      new S3BucketPolicy(this, 'access-logs-policy', {
        bucket: logs.id,
        policy: JSON.stringify({
          Version: '2012-10-17',
          Statement: [
            ...tlsOnlyStatements(logs.arn),
            {
              Sid: 'S3ServerAccessLogDelivery',
              Effect: 'Allow',
              Principal: { Service: 'logging.s3.amazonaws.com' },
              Action: 's3:PutObject',
              Resource: `${logs.arn}/*`,
              Condition: {
                ArnLike: { 'aws:SourceArn': this.bucket.arn },
                StringEquals: { 'aws:SourceAccount': props.account.accountId },
              },
            },
          ],
        }),
      });
      new S3BucketLoggingA(this, 'bucket-logging', {
        bucket: this.bucket.id,
        targetBucket: logs.id,
        targetPrefix: 'data/',
      });
    }
  }
}

/** Blocks every form of public access and disables ACLs. */
function lockDown(scope: Construct, id: string, bucket: S3Bucket): void {
  new S3BucketPublicAccessBlock(scope, `${id}-public-access-block`, {
    bucket: bucket.id,
    blockPublicAcls: true,
    blockPublicPolicy: true,
    ignorePublicAcls: true,
    restrictPublicBuckets: true,
  });
  new S3BucketOwnershipControls(scope, `${id}-ownership`, {
    bucket: bucket.id,
    rule: { objectOwnership: 'BucketOwnerEnforced' },
  });
}

/**
 * Denies object access and listing to every principal but `principalArns`. `aws:PrincipalArn` of an assumed-role
 * session is the role's ARN (IAM user guide, condition keys), so role ARNs cover every session of those roles.
 */
function onlyPrincipalsStatement(bucketArn: string, principalArns: string[]): object {
  return {
    Sid: 'DataOnlyForTheTenantRole',
    Effect: 'Deny',
    Principal: '*',
    Action: ['s3:GetObject*', 's3:PutObject*', 's3:DeleteObject*', 's3:ListBucket*', 's3:RestoreObject', 's3:ReplicateObject'],
    Resource: [bucketArn, `${bucketArn}/*`],
    Condition: { StringNotEquals: { 'aws:PrincipalArn': principalArns } },
  };
}

/** Denies requests without TLS, and with TLS older than 1.2. */
function tlsOnlyStatements(bucketArn: string): object[] {
  const resources = [bucketArn, `${bucketArn}/*`];
  return [
    {
      Sid: 'DenyInsecureTransport',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: resources,
      Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    },
    {
      Sid: 'DenyTlsOlderThan12',
      Effect: 'Deny',
      Principal: '*',
      Action: 's3:*',
      Resource: resources,
      Condition: { NumericLessThan: { 's3:TlsVersion': '1.2' } },
    },
  ];
}
