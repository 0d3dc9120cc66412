import { z } from 'zod';
import { AlertsSchema } from './alerts';
import { BackendSchema } from './backend';
import { CLOUDS, Cloud, CloudSchema, FrameworkSchema } from './enums';
import { MAX_TENANT_ID_LENGTH, nameViolations } from './naming';
import { REGIONS, isKnownRegion } from './regions';
import { TagsSchema, tagIssues } from './tags';
import { LOG_RETENTION_DAYS, MAX_BACKUP_RETENTION_DAYS } from './tier';

const positiveInt = z.number().int().positive();

/** A DNS label that fits every resource name built from it (see lib/model/naming.ts). */
export const TenantIdSchema = z
  .string()
  .regex(
    /^[a-z](?:[a-z0-9]|-(?!-))*[a-z0-9]$/,
    'use two or more lowercase letters, digits and single hyphens, starting with a letter and ending with a letter or digit',
  )
  .max(MAX_TENANT_ID_LENGTH, `at most ${MAX_TENANT_ID_LENGTH} characters (the tightest resource name it feeds)`)
  .superRefine((id, ctx) => {
    for (const message of nameViolations(id)) ctx.addIssue({ code: 'custom', message });
  });

/** Changes to the tier's defaults, each checked against the tier's bounds when the tenant is resolved. */
export const OverridesSchema = z.strictObject({
  nodes: z
    .strictObject({
      /** vCPUs per node: only for tiers with custom nodes (white-label). */
      vcpu: positiveInt.optional(),
      /** Memory per node, GiB: only for tiers with custom nodes (white-label). */
      memoryGiB: positiveInt.optional(),
      min: positiveInt.optional(),
      desired: positiveInt.optional(),
      max: positiveInt.optional(),
    })
    .optional(),
  /** Workload storage allowance, GB. */
  storageGb: positiveInt.optional(),
  database: z
    .strictObject({
      storageGb: z.number().int().min(20).optional(),
      /** May only be raised above the tier's value, up to 35. */
      backupRetentionDays: z.number().int().min(1).max(MAX_BACKUP_RETENTION_DAYS).optional(),
    })
    .optional(),
  /** May only be raised above the tier's value. */
  logRetentionDays: z
    .union(LOG_RETENTION_DAYS.map((d) => z.literal(d)))
    .optional(),
});
export type Overrides = z.infer<typeof OverridesSchema>;

/** A policy finding the tenant accepts, with the reason. */
export const SuppressionSchema = z.strictObject({
  /** Rule id, e.g. `aws-s3-access-logging`. */
  rule: z.string().min(1),
  /** Terraform address or construct path the suppression is limited to; all resources when absent. */
  resource: z.string().optional(),
  reason: z.string().min(10, 'give a reason of at least 10 characters'),
  /** ISO date (YYYY-MM-DD) after which the finding is back. */
  expires: z.iso.date().optional(),
});
export type Suppression = z.infer<typeof SuppressionSchema>;

export const TenantSchema = z
  .strictObject({
    /** Tenant id: names the stack (`tenant-<id>`) and every resource. */
    id: TenantIdSchema.describe('Tenant id: a DNS label that names the stack (tenant-<id>) and every resource'),
    /** Tier name from the catalogue (built-in or your own). */
    tier: z.string().min(1).describe('Tier name: free, standard, premium, enterprise, enterprise-plus, white-label, or your own'),
    cloud: CloudSchema.describe('Cloud the tenant runs on'),
    /** A region of `cloud`, e.g. `us-east-1`, `westeurope`, `europe-west1`. */
    region: z.string().min(1).describe("A region of the tenant's cloud, e.g. us-east-1, westeurope, europe-west1"),
    /** Frameworks the tenant claims; each must be allowed by the tier. */
    compliance: z.array(FrameworkSchema).default([]).describe('Frameworks the tenant claims; each must be allowed by the tier'),
    overrides: OverridesSchema.default({}).describe("Changes to the tier's defaults, within its bounds"),
    /** Extra tags/labels on every resource. */
    tags: TagsSchema.default({}).describe('Extra tags/labels on every resource'),
    /** Where Terraform keeps this tenant's state. */
    backend: BackendSchema.default({ type: 'local', path: 'terraform.{stack}.tfstate' }).describe(
      "Where Terraform keeps this tenant's state: local (default), s3, hcp, azurerm or gcs",
    ),
    /**
     * GDPR: the documented basis for transferring personal data outside the EU/EEA (e.g. "Standard Contractual
     * Clauses 2021/914, DPA signed 2026-03-01"); without it a GDPR tenant's resources must stay in EU regions.
     */
    transferBasis: z
      .string()
      .min(10, 'name the transfer basis in at least 10 characters')
      .optional()
      .describe('GDPR transfer basis for data outside the EU/EEA, e.g. Standard Contractual Clauses'),
    /** The tenant's own alert receivers, told besides the fleet's (`alerts` in tenants/_platform.yaml). */
    alerts: AlertsSchema.default({ receivers: [] }).describe("The tenant's own alert receivers, besides the fleet's"),
    /** Accepted policy findings, each with a reason. */
    suppressions: z.array(SuppressionSchema).default([]).describe('Accepted policy findings, each with a reason'),
  })
  // Runs even when other fields are invalid (`when`), so one pass reports every problem; it reads defensively.
  .superRefine(
    (t, ctx) => {
      if ((t as unknown) === null || typeof t !== 'object') return;
      const cloud = CLOUDS.includes(t.cloud) ? (t.cloud as Cloud) : undefined;
      if (cloud && typeof t.region === 'string' && t.region !== '' && !isKnownRegion(cloud, t.region)) {
        const known = Object.keys(REGIONS[cloud]).join(', ');
        ctx.addIssue({ code: 'custom', path: ['region'], message: `'${t.region}' is not a region this library knows on ${cloud}; use one of: ${known}` });
      }
      if (Array.isArray(t.compliance)) {
        const seen = new Set<unknown>();
        t.compliance.forEach((f, i) => {
          if (seen.has(f)) ctx.addIssue({ code: 'custom', path: ['compliance', i], message: `'${String(f)}' is listed twice; remove one` });
          seen.add(f);
        });
      }
      if (cloud) for (const issue of tagIssues(t.tags, cloud)) ctx.addIssue({ code: 'custom', ...issue });
    },
    { when: () => true },
  );

/** A tenant file after parsing, with defaults applied. */
export type TenantSpec = z.infer<typeof TenantSchema>;
/** What a tenant file may contain. */
export type TenantInput = z.input<typeof TenantSchema>;
