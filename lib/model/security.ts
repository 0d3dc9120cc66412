import { SECURITY_LEVELS, SecurityLevel, securityAtLeast } from './enums';

/** What a security level switches on. Every level also keeps the controls of the levels below it. */
export interface SecurityControls {
  /** VPC / VNet / subnet flow logs. From `enhanced`. */
  readonly flowLogs: boolean;
  /** Every control-plane log type (API, audit, authenticator, controller manager, scheduler). From `enhanced`; below it only API and audit. */
  readonly allControlPlaneLogs: boolean;
  /** Access logging on object storage. From `enhanced`. */
  readonly accessLogging: boolean;
  /** Pod Security Admission `restricted` for tenant namespaces (`baseline` below). From `enhanced`. */
  readonly restrictedPodSecurity: boolean;
  /** Automatic rotation of customer-managed keys. From `advanced`. */
  readonly keyRotation: boolean;
  /** Customer-managed keys where a cloud otherwise uses platform keys (Azure, GCP). From `advanced`; AWS always uses a customer-managed KMS key. */
  readonly customerManagedKeys: boolean;
  /** Double encryption at the infrastructure layer where the cloud offers it (Azure Storage). From `advanced`. */
  readonly infrastructureEncryption: boolean;
  /** Cluster API reachable only privately, whatever the tier. From `maximum`. */
  readonly privateClusterEndpointOnly: boolean;
  /** A separate key per data service (cluster, database, cache, storage, logs) to bound the blast radius of one key. From `maximum`. */
  readonly keyPerService: boolean;
  /** Default-deny egress in tenant namespaces, with explicit allows. From `military`. */
  readonly egressLockdown: boolean;
  /** Minimum retention for logs, days: a floor over the tier's monitoring retention. */
  readonly minimumLogRetentionDays: number;
}

/** Log retention floors per level, days (7 years for classified follows common records-retention schedules). */
const LOG_RETENTION_FLOOR: Record<SecurityLevel, number> = {
  basic: 7,
  enhanced: 30,
  advanced: 90,
  maximum: 365,
  military: 1827,
  classified: 2557,
};

/** The controls a security level switches on. */
export function securityControls(level: SecurityLevel): SecurityControls {
  return {
    flowLogs: securityAtLeast(level, 'enhanced'),
    allControlPlaneLogs: securityAtLeast(level, 'enhanced'),
    accessLogging: securityAtLeast(level, 'enhanced'),
    restrictedPodSecurity: securityAtLeast(level, 'enhanced'),
    keyRotation: securityAtLeast(level, 'advanced'),
    customerManagedKeys: securityAtLeast(level, 'advanced'),
    infrastructureEncryption: securityAtLeast(level, 'advanced'),
    privateClusterEndpointOnly: securityAtLeast(level, 'maximum'),
    keyPerService: securityAtLeast(level, 'maximum'),
    egressLockdown: securityAtLeast(level, 'military'),
    minimumLogRetentionDays: LOG_RETENTION_FLOOR[level],
  };
}

/** The whole ladder, for docs and tests. */
export const SECURITY_LADDER = SECURITY_LEVELS.map((level) => ({ level, controls: securityControls(level) }));
