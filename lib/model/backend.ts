import { z } from 'zod';

/** Terraform state on the machine that runs cdktf: `terraform.tenant-<id>.tfstate` in the working directory. */
const LocalBackendSchema = z.strictObject({
  type: z.literal('local'),
  /** State file path; `{stack}` is replaced by the stack name. */
  path: z.string().default('terraform.{stack}.tfstate'),
});

/** S3 state, one key per stack, with S3-native state locking (Terraform >= 1.10) or a DynamoDB lock table. */
const S3BackendSchema = z.strictObject({
  type: z.literal('s3'),
  bucket: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'an S3 bucket name'),
  /** Bucket region. */
  region: z.string(),
  /** Key prefix; the state key is `<keyPrefix>/<stack>.tfstate`. */
  keyPrefix: z.string().default('tenants'),
  /** `lockfile`: S3 conditional writes (recommended); `dynamodb`: the legacy lock table named in `dynamodbTable`. */
  locking: z.enum(['lockfile', 'dynamodb']).default('lockfile'),
  dynamodbTable: z.string().optional(),
  /** KMS key for the state object; AES256 server-side encryption otherwise. */
  kmsKeyId: z.string().optional(),
}).refine((b) => b.locking !== 'dynamodb' || b.dynamodbTable, {
  message: 'locking: dynamodb needs dynamodbTable',
  path: ['dynamodbTable'],
});

/**
 * HCP Terraform / Terraform Enterprise: one workspace per stack (`<workspacePrefix><stack>`), so plans and
 * applies run on that engine.
 */
const HcpBackendSchema = z.strictObject({
  type: z.literal('hcp'),
  organization: z.string().min(1),
  /** `app.terraform.io` for HCP Terraform, your host for Terraform Enterprise. */
  hostname: z.string().default('app.terraform.io'),
  workspacePrefix: z.string().default(''),
});

/** Azure Storage blob state (locking by blob lease). */
const AzurermBackendSchema = z.strictObject({
  type: z.literal('azurerm'),
  resourceGroupName: z.string().min(1),
  storageAccountName: z.string().regex(/^[a-z0-9]{3,24}$/, '3-24 lowercase letters and digits'),
  containerName: z.string().min(3),
  keyPrefix: z.string().default('tenants'),
  /** Authenticate with Entra ID instead of storage keys. */
  useAzureadAuth: z.boolean().default(true),
});

/** Google Cloud Storage state (locking built in). */
const GcsBackendSchema = z.strictObject({
  type: z.literal('gcs'),
  bucket: z.string().min(3),
  prefix: z.string().default('tenants'),
});

export const BackendSchema = z.discriminatedUnion('type', [
  LocalBackendSchema,
  S3BackendSchema,
  HcpBackendSchema,
  AzurermBackendSchema,
  GcsBackendSchema,
]);
export type BackendSpec = z.infer<typeof BackendSchema>;
