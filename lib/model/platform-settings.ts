import * as fs from 'fs';
import * as path from 'path';
import { z } from 'zod';
import { AddressPlan, AddressPlanSchema, CidrSchema, DEFAULT_ADDRESS_PLANS } from './address-plan';
import { AlertsSchema } from './alerts';
import { BackendSchema } from './backend';
import { cidrsOverlap, parseCidr } from './cidr';
import { CLOUDS, Cloud } from './enums';
import { SpecError, SpecErrors, fieldPath } from './errors';
import { describeIssue } from './issues';
import { readYamlFile } from './yaml-file';

/** The fleet's settings file, in the tenants folder beside the tenant files; the `_` marks it as not a tenant. */
export const PLATFORM_SETTINGS_FILE = '_platform.yaml';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EntraObjectId = z.string().regex(UUID, 'an Entra object id (a GUID)');
/** An IAM role ARN in any partition: `arn:aws:iam::111122223333:role/path/name`. */
const IamRoleArn = z.string().regex(/^arn:aws(-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@\-/]+$/, 'an IAM role ARN, arn:aws:iam::<account>:role/<name>');
const ServiceAccountEmail = z
  .string()
  .regex(/^[a-z][a-z0-9-]{4,28}[a-z0-9]@[a-z][a-z0-9-]{4,28}[a-z0-9]\.iam\.gserviceaccount\.com$/, 'a service account e-mail, <name>@<project>.iam.gserviceaccount.com');
/** An IAM member: `user:`, `group:`, `serviceAccount:` or `domain:`. */
const IamMember = z.string().regex(/^(user|group|serviceAccount):[^@\s]+@[^@\s]+$|^domain:[a-z0-9.-]+$/, 'an IAM member, e.g. group:platform-admins@example.com');
const AzureVnetId = z
  .string()
  .regex(
    /^\/subscriptions\/[0-9a-f-]{36}\/resourceGroups\/[^/]+\/providers\/Microsoft\.Network\/virtualNetworks\/[^/]+$/i,
    'a VNet resource id, /subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.Network/virtualNetworks/<name>',
  );
const AzurePrivateDnsZoneId = z
  .string()
  .regex(
    /^\/subscriptions\/[0-9a-f-]{36}\/resourceGroups\/[^/]+\/providers\/Microsoft\.Network\/privateDnsZones\/[^/]+$/i,
    'a private DNS zone resource id, /subscriptions/<id>/resourceGroups/<rg>/providers/Microsoft.Network/privateDnsZones/<name>',
  );

/** The identity Terraform runs as (the CI runner's), per cloud: granted what it needs on every cluster, bucket and key. */
export const DeployerSchema = z.strictObject({
  aws: z
    .strictObject({
      /** The IAM role Terraform assumes: an EKS access entry on every cluster, exempt from tenant bucket policies. */
      roleArn: IamRoleArn,
    })
    .optional(),
  azure: z
    .strictObject({
      /** Object id of its Entra service principal (or managed identity, user, group). */
      objectId: EntraObjectId,
      /** Its display name: the PostgreSQL role name of a pool server's Entra administrator. */
      name: z.string().min(1).max(63),
      /** What the principal is. */
      type: z.enum(['ServicePrincipal', 'User', 'Group']).default('ServicePrincipal'),
    })
    .optional(),
  gcp: z
    .strictObject({
      /** Its service account: impersonates the pool database provisioner, may administer clusters. */
      serviceAccount: ServiceAccountEmail,
    })
    .optional(),
});
export type DeployerSettings = z.infer<typeof DeployerSchema>;

/** People and break-glass identities granted cluster administration and an exemption from tenant data policies. */
export const AdminsSchema = z.strictObject({
  aws: z.strictObject({ roleArns: z.array(IamRoleArn).default([]) }).default({ roleArns: [] }),
  azure: z.strictObject({ groupObjectIds: z.array(EntraObjectId).default([]) }).default({ groupObjectIds: [] }),
  gcp: z.strictObject({ members: z.array(IamMember).default([]) }).default({ members: [] }),
});
export type AdminSettings = z.infer<typeof AdminsSchema>;

/** Where Terraform runs, and how it reaches private endpoints. */
export const RunnersSchema = z.strictObject({
  /**
   * Private ranges Terraform connects from (the runner network, a VPN pool): admitted to every private endpoint it
   * needs (cluster APIs, pool databases, Key Vault and Blob endpoints) and kept out of the address plan.
   */
  cidrs: z.array(CidrSchema).default([]),
  /** Public egress addresses of the runner, for services firewalled by public IP (Azure Key Vault). */
  publicIps: z.array(CidrSchema).default([]),
  aws: z
    .strictObject({
      /** Attach every tenant and pool VPC to this transit gateway and route the runner ranges through it. */
      transitGatewayId: z.string().regex(/^tgw-[0-9a-f]{8,17}$/, 'a transit gateway id, tgw-...'),
    })
    .optional(),
  azure: z
    .strictObject({
      /** Peer every tenant and pool VNet with the runner's VNet (both directions). */
      virtualNetworkId: AzureVnetId,
      /**
       * Shared Private Link DNS zones (linked to the runner's VNet by you): a VNet links to one zone of a name, so
       * tenants register their endpoints here instead of in zones of their own.
       */
      privateDnsZoneIds: z.strictObject({ vault: AzurePrivateDnsZoneId, blob: AzurePrivateDnsZoneId, redis: AzurePrivateDnsZoneId }),
    })
    .optional(),
  gcp: z
    .strictObject({
      /**
       * Reach GKE control planes through their DNS-based endpoint (IAM-authorized from any network) instead of a
       * network path to the private endpoint.
       */
      dnsEndpoint: z.boolean().default(false),
    })
    .optional(),
});
export type RunnerSettings = z.infer<typeof RunnersSchema>;

const LOCAL_STATE = { type: 'local' as const, path: 'terraform.{stack}.tfstate' };

/**
 * Pools' own settings: where every pool keeps its state, and how big a pool may grow before the next tenant of its
 * cloud and region starts another (lib/pool/limits.ts has the defaults).
 */
export const PoolSettingsSchema = z.strictObject({
  /** Where every pool keeps its state (one state per pool stack), whichever tenants it holds. @default local state */
  backend: BackendSchema.default(LOCAL_STATE).describe("Where every pool keeps its state, whichever tenants it holds"),
  /** Tenants per pool. @default 50 */
  maxTenants: z.number().int().positive().optional().describe('Tenants per pool (default 50)'),
  /** Nodes a pool runs before the autoscaler's ceiling. @default 100 */
  maxNodes: z.number().int().positive().optional().describe('Nodes per pool before autoscaling (default 100)'),
  /** Storage of a pool's database server, GB. @default 4096 */
  maxDatabaseStorageGb: z.number().int().positive().optional().describe('Database storage per pool, GB (default 4096)'),
  /** Spare capacity above the sum of the tenants' quotas, percent. @default 25 */
  headroomPercent: z.number().min(0).max(400).optional().describe('Spare pool capacity above the sum of quotas, percent (default 25)'),
});
export type PoolSettings = z.infer<typeof PoolSettingsSchema>;

/** Settings that apply to every tenant of a fleet (a tenants folder). */
export const PlatformSettingsSchema = z
  .strictObject({
    /**
     * Plugin modules (tiers, policy rules and packs, prices), loaded in order: paths relative to this file
     * (`./plugins/acme.js`) or package names.
     */
    plugins: z.array(z.string().min(1)).default([]).describe('Plugin modules: paths relative to this file, or package names'),
    /** The identity Terraform runs as, per cloud. @default - none named: the caller's identity where a stack needs one */
    deployer: DeployerSchema.default({}),
    /** Cluster administrators and break-glass identities, per cloud. @default - none */
    admins: AdminsSchema.default({ aws: { roleArns: [] }, azure: { groupObjectIds: [] }, gcp: { members: [] } }),
    /** The runner networks. @default - none: private endpoints admit only their own network */
    runners: RunnersSchema.default({ cidrs: [], publicIps: [] }),
    /** Who hears every tenant's and every pool's alerts (tenants add their own). @default - nobody */
    alerts: AlertsSchema.default({ receivers: [] }),
    /** Pools' backend, limits and headroom. @default - local state, the limits of lib/pool/limits.ts */
    pools: PoolSettingsSchema.default({ backend: LOCAL_STATE }).describe("Pools' backend, limits and headroom"),
    /** The address ranges tenant and pool networks are cut from, per cloud. @default DEFAULT_ADDRESS_PLANS */
    addressPlan: z
      .strictObject({
        aws: AddressPlanSchema.default(DEFAULT_ADDRESS_PLANS.aws),
        azure: AddressPlanSchema.default(DEFAULT_ADDRESS_PLANS.azure),
        gcp: AddressPlanSchema.default(DEFAULT_ADDRESS_PLANS.gcp),
      })
      .default({ ...DEFAULT_ADDRESS_PLANS }),
  })
  .superRefine((settings, ctx) => {
    // Ranges of different clouds must differ too: one runner network may reach tenants on every cloud.
    const plans = CLOUDS.flatMap((cloud) => settings.addressPlan[cloud].cidrs.map((cidr, i) => ({ cloud, cidr, i })));
    plans.forEach((a, n) =>
      plans.slice(n + 1).forEach((b) => {
        if (a.cloud !== b.cloud && cidrsOverlap(parseCidr(a.cidr), parseCidr(b.cidr))) {
          ctx.addIssue({
            code: 'custom',
            path: ['addressPlan', b.cloud, 'cidrs', b.i],
            message: `${b.cidr} overlaps addressPlan.${a.cloud} ${a.cidr}; give each cloud its own ranges`,
          });
        }
      }),
    );
    settings.runners.publicIps.forEach((cidr, i) => {
      if (PRIVATE_RANGES.some((p) => cidrsOverlap(parseCidr(p), parseCidr(cidr)))) {
        ctx.addIssue({
          code: 'custom',
          path: ['runners', 'publicIps', i],
          message: `${cidr} is a private range; list public egress addresses here and private ranges in runners.cidrs`,
        });
      }
    });
  });
export type PlatformSettings = z.infer<typeof PlatformSettingsSchema>;
export type PlatformSettingsInput = z.input<typeof PlatformSettingsSchema>;

/** RFC 1918 private ranges and RFC 6598 shared address space: never a public egress address. */
const PRIVATE_RANGES = ['10.0.0.0/8', '172.16.0.0/12', '192.168.0.0/16', '100.64.0.0/10'];

/** The settings of a fleet without a settings file: every default. */
export function defaultPlatformSettings(): PlatformSettings {
  return PlatformSettingsSchema.parse({});
}

/** The address plan of `cloud`. */
export function addressPlanOf(settings: PlatformSettings, cloud: Cloud): AddressPlan {
  return settings.addressPlan[cloud];
}

/** The settings file of a tenants folder. */
export function platformSettingsFile(tenantsDir: string): string {
  return path.join(tenantsDir, PLATFORM_SETTINGS_FILE);
}

/**
 * Reads `<tenantsDir>/_platform.yaml`; every setting has a default, so a fleet without the file gets the defaults.
 * @throws SpecErrors listing every problem with file, line, field and fix.
 */
export function loadPlatformSettings(tenantsDir: string): PlatformSettings {
  const file = platformSettingsFile(tenantsDir);
  if (!fs.existsSync(file)) return defaultPlatformSettings();
  // readYamlFile refuses anything but a regular file (a FIFO would block) and names the file in every problem.
  const yaml = readYamlFile(file);
  if (yaml.errors.length > 0) throw new SpecErrors(yaml.errors);
  const raw = yaml.value ?? {};
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    throw new SpecErrors([new SpecError(`${yaml.display}: the platform settings must be a YAML mapping (plugins, deployer, runners, ...)`)]);
  }
  const result = PlatformSettingsSchema.safeParse(raw, { reportInput: true });
  if (result.success) return result.data;
  throw new SpecErrors(
    result.error.issues.flatMap((issue) => {
      if (issue.code === 'unrecognized_keys') {
        return issue.keys.map(
          (key) => new SpecError(`platform settings (${yaml.where([...issue.path, key])}): unknown field '${fieldPath([...issue.path, key])}'; remove it or fix its spelling`),
        );
      }
      return [new SpecError(`platform settings (${yaml.where(issue.path)}): ${fieldPath(issue.path) || '(root)'}: ${describeIssue(issue)}`)];
    }),
  );
}
