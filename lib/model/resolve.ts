import type { CacheClass, DatabaseClass, Framework } from './enums';
import { frameworkLogRetentionFloor } from './frameworks';
import { zonesOf } from './regions';
import { SecurityControls, securityControls } from './security';
import type { TenantSpec } from './tenant';
import { LOG_RETENTION_DAYS, NodePool, Tier } from './tier';

/** One problem found while fitting a tenant to its tier: the field and a message that says how to fix it. */
export interface TenantIssue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

/** Everything a platform construct needs, with the tier's defaults, the overrides and the security floors applied. */
export interface TenantSizing {
  readonly nodes: NodePool;
  readonly storageGb: number;
  /** Zones, as the cloud names them, that the network and data services span. */
  readonly zones: readonly string[];
  readonly database: {
    readonly class: DatabaseClass;
    readonly storageGb: number;
    readonly backupRetentionDays: number;
    readonly deletionProtection: boolean;
  };
  /** What surviving a zone outage (the tier's `availability.zoneResilient`) switches on, one decision each. */
  readonly availability: AvailabilityDecisions;
  readonly cache: { readonly class: CacheClass; readonly replicas: number };
  readonly cluster: { readonly privateEndpointOnly: boolean; readonly uptimeSla: boolean };
  readonly security: SecurityControls & { readonly level: Tier['security']['level'] };
  readonly monitoring: {
    readonly logRetentionDays: number;
    readonly prometheus: boolean;
    readonly grafana: boolean;
    readonly alarms: boolean;
  };
}

/** The decisions behind zone resilience, each read by the construct it shapes. */
export interface AvailabilityDecisions {
  /** A standby database in another zone with automatic failover (RDS Multi-AZ, Flexible Server zone-redundant HA, Cloud SQL REGIONAL). */
  readonly databaseStandby: boolean;
  /** Cache replicas spread over zones with automatic failover (ElastiCache Multi-AZ, Azure Cache for Redis zones). */
  readonly cacheAcrossZones: boolean;
  /** One NAT gateway per zone, so losing a zone does not cut the egress of the others (AWS). */
  readonly natPerZone: boolean;
  /** Object storage replicated across zones and to the paired region (Azure GZRS rather than ZRS). */
  readonly geoRedundantStorage: boolean;
  /** A zone-redundant monitoring workspace (Azure Monitor). */
  readonly zoneRedundantMonitoring: boolean;
  /** A regional Kubernetes control plane and node pool across zones rather than a zonal one (GKE). */
  readonly regionalCluster: boolean;
}

/** Every availability decision as the tier's `zoneResilient` sets it. */
export function availabilityDecisions(zoneResilient: boolean): AvailabilityDecisions {
  return {
    databaseStandby: zoneResilient,
    cacheAcrossZones: zoneResilient,
    natPerZone: zoneResilient,
    geoRedundantStorage: zoneResilient,
    zoneRedundantMonitoring: zoneResilient,
    regionalCluster: zoneResilient,
  };
}

/** A tenant fitted to its tier: what stacks and constructs consume. */
export interface ResolvedTenant {
  readonly spec: TenantSpec;
  readonly tier: Tier;
  readonly sizing: TenantSizing;
  /** The file the tenant came from, when it came from one. */
  readonly file?: string;
}

export type ResolveResult = { ok: true; tenant: ResolvedTenant } | { ok: false; issues: TenantIssue[] };

/** Rounds a retention up to the nearest value every cloud accepts. */
export function allowedRetention(days: number): number {
  return LOG_RETENTION_DAYS.find((d) => d >= days) ?? LOG_RETENTION_DAYS[LOG_RETENTION_DAYS.length - 1];
}

/**
 * Fits a parsed tenant to a tier from `catalogue`: checks the tier exists, the frameworks are allowed and every
 * override stays inside the tier's bounds, then computes the sizing.
 */
export function resolveTenant(
  spec: TenantSpec,
  catalogue: Readonly<Record<string, Tier>>,
  file?: string,
): ResolveResult {
  const issues: TenantIssue[] = [];
  const fail = (path: PropertyKey[], message: string) => issues.push({ path, message });

  const tier = Object.prototype.hasOwnProperty.call(catalogue, spec.tier) ? catalogue[spec.tier] : undefined;
  if (!tier) {
    fail(['tier'], `unknown tier '${spec.tier}'; use one of: ${Object.keys(catalogue).join(', ')}`);
    return { ok: false, issues };
  }

  spec.compliance.forEach((framework: Framework, i) => {
    if (!tier.compliance.allowed.includes(framework)) {
      const allowed = tier.compliance.allowed.join(', ') || 'none';
      fail(['compliance', i], `the ${tier.name} tier may not claim '${framework}' (allowed: ${allowed}); raise the tier or remove it`);
    }
  });

  const nodes = resolveNodes(spec, tier, fail);
  const storageGb = resolveBounded(
    tier.storageGb,
    spec.overrides.storageGb,
    tier.limits.maxStorageGb,
    ['overrides', 'storageGb'],
    tier.name,
    fail,
  );
  const databaseStorageGb = resolveBounded(
    tier.database.storageGb,
    spec.overrides.database?.storageGb,
    tier.limits.maxDatabaseStorageGb,
    ['overrides', 'database', 'storageGb'],
    tier.name,
    fail,
  );
  const backupRetentionDays = atLeastTier(
    tier.database.backupRetentionDays,
    spec.overrides.database?.backupRetentionDays,
    ['overrides', 'database', 'backupRetentionDays'],
    tier.name,
    fail,
  );
  const requestedLogRetention = atLeastTier(
    tier.monitoring.logRetentionDays,
    spec.overrides.logRetentionDays,
    ['overrides', 'logRetentionDays'],
    tier.name,
    fail,
  );

  if (issues.length > 0 || !nodes || storageGb === undefined) return { ok: false, issues };

  const security = { level: tier.security.level, ...securityControls(tier.security.level) };
  const sizing: TenantSizing = {
    nodes,
    storageGb,
    zones: zonesOf(spec.cloud, spec.region, tier.availability.zones),
    database: {
      class: tier.database.class,
      storageGb: databaseStorageGb ?? tier.database.storageGb,
      backupRetentionDays,
      deletionProtection: tier.database.deletionProtection,
    },
    availability: availabilityDecisions(tier.availability.zoneResilient),
    cache: { class: tier.cache.class, replicas: tier.cache.replicas },
    cluster: {
      privateEndpointOnly: tier.cluster.privateEndpointOnly || security.privateClusterEndpointOnly,
      uptimeSla: tier.cluster.uptimeSla,
    },
    security,
    monitoring: {
      logRetentionDays: allowedRetention(
        Math.max(requestedLogRetention, security.minimumLogRetentionDays, frameworkLogRetentionFloor(spec.compliance)),
      ),
      prometheus: tier.monitoring.prometheus,
      grafana: tier.monitoring.grafana,
      alarms: tier.monitoring.alarms,
    },
  };
  return { ok: true, tenant: { spec, tier, sizing, file } };
}

type Fail = (path: PropertyKey[], message: string) => void;

function resolveNodes(spec: TenantSpec, tier: Tier, fail: Fail): NodePool | undefined {
  const o = spec.overrides.nodes ?? {};
  const at = (field: string) => ['overrides', 'nodes', field];
  let base: NodePool;
  if (tier.nodes === 'custom') {
    const missing = (['vcpu', 'memoryGiB', 'min', 'desired', 'max'] as const).filter((f) => o[f] === undefined);
    if (missing.length > 0) {
      fail(['overrides', 'nodes'], `the ${tier.name} tier has no fixed node size; set overrides.nodes.${missing.join(', overrides.nodes.')}`);
      return undefined;
    }
    base = { vcpu: o.vcpu!, memoryGiB: o.memoryGiB!, min: o.min!, desired: o.desired!, max: o.max! };
  } else {
    for (const f of ['vcpu', 'memoryGiB'] as const) {
      if (o[f] !== undefined) {
        fail(at(f), `the ${tier.name} tier fixes the node size (${tier.nodes.vcpu} vCPU / ${tier.nodes.memoryGiB} GiB); remove overrides.nodes.${f} or pick a bigger tier`);
      }
    }
    base = { ...tier.nodes, min: o.min ?? tier.nodes.min, desired: o.desired ?? tier.nodes.desired, max: o.max ?? tier.nodes.max };
  }
  const ceiling = tier.limits.maxNodes;
  if (ceiling !== undefined && base.max > ceiling) {
    fail(at('max'), `overrides.nodes.max ${base.max} exceeds the ${tier.name} tier bound ${ceiling}; raise the tier or lower overrides.nodes.max`);
    return undefined;
  }
  if (base.min > base.desired || base.desired > base.max) {
    fail(['overrides', 'nodes'], `node counts must satisfy min <= desired <= max (got ${base.min} <= ${base.desired} <= ${base.max}); adjust overrides.nodes`);
    return undefined;
  }
  return base;
}

function resolveBounded(
  tierValue: number | 'custom',
  override: number | undefined,
  ceiling: number | undefined,
  path: string[],
  tierName: string,
  fail: Fail,
): number | undefined {
  const field = path.join('.');
  if (tierValue === 'custom' && override === undefined) {
    fail(path, `the ${tierName} tier has no fixed value; set ${field}`);
    return undefined;
  }
  const value = override ?? (tierValue as number);
  if (ceiling !== undefined && value > ceiling) {
    fail(path, `${field} ${value} exceeds the ${tierName} tier bound ${ceiling}; raise the tier or lower ${field}`);
    return undefined;
  }
  return value;
}

function atLeastTier(tierValue: number, override: number | undefined, path: string[], tierName: string, fail: Fail): number {
  const field = path.join('.');
  if (override !== undefined && override < tierValue) {
    fail(path, `${field} ${override} is below the ${tierName} tier's ${tierValue}; an override may only raise it`);
    return tierValue;
  }
  return override ?? tierValue;
}
