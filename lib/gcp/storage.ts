import { StorageBucket, StorageBucketConfig } from '@cdktf/provider-google/lib/storage-bucket';
import { StorageBucketIamMember } from '@cdktf/provider-google/lib/storage-bucket-iam-member';
import type { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';

/** Days before incomplete multipart uploads are aborted. */
const ABORT_MULTIPART_DAYS = 7;
/** The Google group that writes Cloud Storage usage and storage logs. */
const STORAGE_ANALYTICS_GROUP = 'group:cloud-storage-analytics@google.com';

export interface GcpStorageProps {
  /** Name prefix; buckets are `<name>-data-<project number>` and `<name>-access-logs-<project number>`. */
  readonly name: string;
  /** Project number, which makes the names globally unique. */
  readonly projectNumber: string;
  /** Region the buckets live in. */
  readonly region: string;
  /** Cloud KMS key for objects. @default - Google-managed encryption */
  readonly kmsKeyId?: string;
  /** Days a noncurrent object version is kept. @default 90 */
  readonly noncurrentVersionDays?: number;
  /** Usage logs to a separate bucket. @default true */
  readonly accessLogging?: boolean;
  /** Days usage logs are kept. @default 365 */
  readonly accessLogRetentionDays?: number;
  /** Resources to create first: the Cloud Storage API and, with a key, its grant. @default [] */
  readonly dependsOn?: ITerraformDependable[];
}

/**
 * The tenant's Cloud Storage bucket in its region: uniform bucket-level access (IAM only, no ACLs), public access
 * prevention enforced, versioning with noncurrent versions expired, CMEK from the `advanced` level, and usage logs
 * to a second bucket with the same settings. Terraform never deletes a
 * bucket with objects in it (`force_destroy = false`).
 */
export class GcpStorage extends Construct {
  readonly bucket: StorageBucket;
  readonly logBucket?: StorageBucket;

  constructor(scope: Construct, id: string, props: GcpStorageProps) {
    super(scope, id);
    const location = props.region.toUpperCase();
    const lockedDown = {
      location,
      storageClass: 'STANDARD',
      uniformBucketLevelAccess: true,
      publicAccessPrevention: 'enforced',
      forceDestroy: false,
      versioning: { enabled: true },
      encryption: props.kmsKeyId ? { defaultKmsKeyName: props.kmsKeyId } : undefined,
    } satisfies Omit<StorageBucketConfig, 'name'>;

    if (props.accessLogging ?? true) {
      this.logBucket = new StorageBucket(this, 'access-logs', {
        ...lockedDown,
        name: `${props.name}-access-logs-${props.projectNumber}`,
        lifecycleRule: [
          { condition: { age: props.accessLogRetentionDays ?? 365 }, action: { type: 'Delete' } },
          { condition: { daysSinceNoncurrentTime: 1 }, action: { type: 'Delete' } },
        ],
        dependsOn: props.dependsOn,
      });
      new StorageBucketIamMember(this, 'access-logs-writer', {
        bucket: this.logBucket.name,
        role: 'roles/storage.objectCreator',
        member: STORAGE_ANALYTICS_GROUP,
      });
    }

    this.bucket = new StorageBucket(this, 'bucket', {
      ...lockedDown,
      name: `${props.name}-data-${props.projectNumber}`,
      lifecycleRule: [
        { condition: { age: ABORT_MULTIPART_DAYS }, action: { type: 'AbortIncompleteMultipartUpload' } },
        { condition: { daysSinceNoncurrentTime: props.noncurrentVersionDays ?? 90 }, action: { type: 'Delete' } },
      ],
      logging: this.logBucket ? { logBucket: this.logBucket.name, logObjectPrefix: 'data/' } : undefined,
      dependsOn: props.dependsOn,
    });
  }
}
