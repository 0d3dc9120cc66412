import { createHash } from 'crypto';
import type { Cloud } from './enums';

/**
 * Every resource name derived from a tenant id, with the naming limit of the cloud that receives it. A tenant
 * id is valid only if every name built from it fits, so the tightest limit here bounds the id.
 */
export interface NameRule {
  readonly cloud: Cloud;
  /** What the name is for, as the provider documents it. */
  readonly resource: string;
  /** Most characters the cloud accepts. */
  readonly maxLength: number;
  /** Builds the name from a tenant (or pool) id. */
  readonly build: (id: string) => string;
}

/** The id with hyphens removed, for names that allow only letters and digits. */
export function compactId(id: string): string {
  return id.replace(/-/g, '');
}

/** A stable 4-character suffix for globally unique names (Azure storage accounts, Key Vaults). */
export function shortHash(id: string): string {
  return createHash('sha256').update(id).digest('hex').slice(0, 4);
}

export const NAME_RULES: readonly NameRule[] = [
  // aws_s3_bucket bucket_prefix: "Must be lowercase and less than or equal to 37 characters".
  { cloud: 'aws', resource: 'S3 bucket prefix', maxLength: 37, build: (id) => `${id}-data-` },
  { cloud: 'aws', resource: 'S3 access-log bucket prefix', maxLength: 37, build: (id) => `${id}-access-logs-` },
  // ElastiCache replication group id: 1-40 characters.
  { cloud: 'aws', resource: 'ElastiCache replication group id', maxLength: 40, build: (id) => `${id}-redis` },
  // RDS DB instance identifier: 1-63 characters.
  { cloud: 'aws', resource: 'RDS instance identifier', maxLength: 63, build: (id) => `${id}-postgres` },
  // IAM role names: 64 characters.
  { cloud: 'aws', resource: 'IAM role name', maxLength: 64, build: (id) => `${id}-eks-node-group` },
  // EKS cluster names: 100 characters; node group names: 63.
  { cloud: 'aws', resource: 'EKS node group name', maxLength: 63, build: (id) => `${id}-default` },
  // Azure storage account: 3-24 lowercase letters and digits, globally unique.
  { cloud: 'azure', resource: 'Storage account name', maxLength: 24, build: (id) => `${compactId(id)}${shortHash(id)}` },
  // Azure Key Vault: 3-24 letters, digits and hyphens, globally unique.
  { cloud: 'azure', resource: 'Key Vault name', maxLength: 24, build: (id) => `${id}-${shortHash(id)}` },
  // GKE cluster names: 1-40 characters.
  { cloud: 'gcp', resource: 'GKE cluster name', maxLength: 40, build: (id) => `${id}-gke` },
  // Cloud SQL instance names: 98 characters including the project id; keep well inside.
  { cloud: 'gcp', resource: 'Memorystore instance id', maxLength: 40, build: (id) => `${id}-redis` },
];

/** The longest tenant id every name rule accepts. */
export const MAX_TENANT_ID_LENGTH = Math.min(
  ...NAME_RULES.map((r) => r.maxLength - (r.build('x').length - 1)),
);

/** Names from `id` that break a limit, as messages; empty when all fit. */
export function nameViolations(id: string): string[] {
  return NAME_RULES.filter((r) => r.build(id).length > r.maxLength).map(
    (r) => `${r.cloud} ${r.resource} '${r.build(id)}' would be ${r.build(id).length} characters (limit ${r.maxLength})`,
  );
}
