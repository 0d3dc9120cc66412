import { z } from 'zod';

/** Where the stack name goes in a local state path. */
export const STACK_PLACEHOLDER = '{stack}';

// Naming rules of the state stores, checked here so a typo fails `tenants validate`, not `terraform init`.

/**
 * S3 general purpose bucket names: 3-63 lowercase letters, digits, dots and hyphens, starting and ending with a
 * letter or digit, no two adjacent dots, not an IP address
 * (https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html).
 */
const S3BucketSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'an S3 bucket name: 3-63 lowercase letters, digits, dots and hyphens, starting and ending with a letter or digit')
  .refine((b) => !b.includes('..'), 'must not contain two adjacent dots (S3 bucket naming rules)')
  .refine((b) => !/^\d+\.\d+\.\d+\.\d+$/.test(b), 'must not be an IP address (S3 bucket naming rules)');

/** An AWS region code: `us-east-1`, `eu-central-2`, `us-gov-west-1`, `ap-southeast-4`. */
const AwsRegionSchema = z.string().regex(/^[a-z]{2}(-[a-z]+)+-\d{1,2}$/, 'an AWS region code such as us-east-1');

/**
 * A key prefix: safe object key characters (letters, digits, `!-_.*'()` and `/` between parts), no leading, trailing
 * or doubled `/` (https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html, "Safe characters").
 */
const KeyPrefixSchema = z.string().regex(/^[A-Za-z0-9!_.*'()-]+(\/[A-Za-z0-9!_.*'()-]+)*$/, "a key prefix of letters, digits and !-_.*'() parts joined by single /");

/** DynamoDB table names: 3-255 letters, digits, `_`, `-` and `.` (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/HowItWorks.NamingRulesDataTypes.html). */
const DynamoDbTableSchema = z.string().regex(/^[A-Za-z0-9_.-]{3,255}$/, 'a DynamoDB table name: 3-255 letters, digits, _ - and .');

/** No spaces or control characters: an identifier pasted with a trailing space fails at `terraform init`. */
const NoSpaceSchema = z.string().regex(/^\S+$/, 'a value without spaces');

/** Terraform state on the machine that runs cdktf: `terraform.tenant-<id>.tfstate` in the working directory. */
const LocalBackendSchema = z.strictObject({
  type: z.literal('local'),
  /** State file path; `{stack}` is replaced by the stack name, so every stack has its own state. */
  path: z
    .string()
    .min(1)
    .refine((p) => p.includes(STACK_PLACEHOLDER), `must contain ${STACK_PLACEHOLDER}, so each stack keeps its own state file`)
    .default(`terraform.${STACK_PLACEHOLDER}.tfstate`),
});

/** S3 state, one key per stack, with S3-native state locking (Terraform >= 1.10) or a DynamoDB lock table. */
const S3BackendSchema = z
  .strictObject({
    type: z.literal('s3'),
    bucket: S3BucketSchema,
    /** Bucket region. */
    region: AwsRegionSchema,
    /** Key prefix; the state key is `<keyPrefix>/<stack>.tfstate`. */
    keyPrefix: KeyPrefixSchema.default('tenants'),
    /** `lockfile`: S3 conditional writes (recommended); `dynamodb`: the legacy lock table named in `dynamodbTable`. */
    locking: z.enum(['lockfile', 'dynamodb']).default('lockfile'),
    dynamodbTable: DynamoDbTableSchema.optional(),
    /** KMS key (id, ARN or alias) for the state object; AES256 server-side encryption otherwise. */
    kmsKeyId: NoSpaceSchema.optional(),
  })
  .refine((b) => b.locking !== 'dynamodb' || b.dynamodbTable, {
    message: 'locking: dynamodb needs dynamodbTable',
    path: ['dynamodbTable'],
  });

/**
 * HCP Terraform / Terraform Enterprise: one workspace per stack (`<workspacePrefix><stack>`), so plans and
 * applies run on that engine. Workspace names take letters, digits, `-` and `_`
 * (https://developer.hashicorp.com/terraform/cloud-docs/workspaces/create).
 */
const HcpBackendSchema = z.strictObject({
  type: z.literal('hcp'),
  organization: z.string().regex(/^[A-Za-z0-9_-]+$/, 'an organization name of letters, digits, - and _'),
  /** `app.terraform.io` for HCP Terraform, your host for Terraform Enterprise. */
  hostname: z
    .string()
    .regex(/^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+(:\d+)?$/i, 'a host name such as app.terraform.io')
    .default('app.terraform.io'),
  workspacePrefix: z.string().regex(/^[A-Za-z0-9_-]*$/, 'letters, digits, - and _ (workspace names take no others)').default(''),
});

/** Azure Storage blob state (locking by blob lease). */
const AzurermBackendSchema = z.strictObject({
  type: z.literal('azurerm'),
  /**
   * 1-90 letters, digits, `_`, `-`, `.` and parentheses, not ending in `.`
   * (https://learn.microsoft.com/azure/azure-resource-manager/management/resource-name-rules#microsoftresources).
   */
  resourceGroupName: z.string().regex(/^[\p{L}\p{N}_.()-]{0,89}[\p{L}\p{N}_()-]$/u, 'a resource group name: 1-90 letters, digits, _ - . ( ), not ending in .'),
  storageAccountName: z.string().regex(/^[a-z0-9]{3,24}$/, 'a storage account name: 3-24 lowercase letters and digits'),
  /**
   * 3-63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit
   * (https://learn.microsoft.com/rest/api/storageservices/naming-and-referencing-containers--blobs--and-metadata#container-names).
   */
  containerName: z
    .string()
    .regex(/^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$/, 'a container name: 3-63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit'),
  keyPrefix: KeyPrefixSchema.default('tenants'),
  /** Authenticate with Entra ID instead of storage keys. */
  useAzureadAuth: z.boolean().default(true),
});

/**
 * Google Cloud Storage state (locking built in). Bucket names: 3-63 lowercase letters, digits, `-`, `_` and `.`,
 * starting and ending with a letter or digit, not starting with `goog` (https://cloud.google.com/storage/docs/buckets#naming).
 */
const GcsBackendSchema = z.strictObject({
  type: z.literal('gcs'),
  bucket: z
    .string()
    .regex(/^[a-z0-9][a-z0-9_.-]{1,61}[a-z0-9]$/, 'a Cloud Storage bucket name: 3-63 lowercase letters, digits, - _ and ., starting and ending with a letter or digit')
    .refine((b) => !b.startsWith('goog') && !b.includes('google'), "must not start with 'goog' or contain 'google' (Cloud Storage bucket naming rules)"),
  prefix: KeyPrefixSchema.default('tenants'),
});

export const BackendSchema = z.discriminatedUnion('type', [
  LocalBackendSchema,
  S3BackendSchema,
  HcpBackendSchema,
  AzurermBackendSchema,
  GcsBackendSchema,
]);
export type BackendSpec = z.infer<typeof BackendSchema>;
