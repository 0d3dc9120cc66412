import type { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import type { AlertReceiver } from '../model/alerts';
import type { TenantSizing } from '../model/resolve';
import { GcpCache } from './cache';
import { GcpCluster } from './cluster';
import { GcpDatabase } from './database';
import { GcpDatabaseAdministrator } from './database-administrator';
import { GcpEncryptedService, GcpEncryption } from './encryption';
import { GcpMonitoring } from './monitoring';
import { gkeClusterName, memorystoreInstanceId } from './names';
import { GcpAddressPlan, GcpNetwork } from './network';
import { GcpProjectContext } from './project-context';
import { GcpProjectServices, REQUIRED_APIS } from './project-services';
import { GcpStorage } from './storage';

export interface GcpPlatformProps {
  /** Name of the footprint: a tenant id. Prefixes every resource name. */
  readonly name: string;
  /** Region, e.g. `europe-west1`; `sizing.zones` are its zones. */
  readonly region: string;
  /** Sizes and switches, from a tenant's tier. */
  readonly sizing: TenantSizing;
  /** VPC address ranges. @default GCP_DEFAULT_ADDRESS_PLAN */
  readonly addressPlan?: GcpAddressPlan;
  /** CIDRs allowed to the GKE control plane besides the node range: the runner networks. @default [] */
  readonly authorizedNetworks?: readonly { readonly cidrBlock: string; readonly displayName: string }[];
  /** Reach the control plane through its IAM-authorized DNS-based endpoint. @default false */
  readonly dnsEndpoint?: boolean;
  /** IAM members granted Kubernetes Engine Admin on the project: the deployer and the admins. @default [] */
  readonly clusterAdminMembers?: readonly string[];
  /** Notification channels of the alert policies besides the receivers'. @default [] */
  readonly notificationChannels?: readonly string[];
  /** Who the alert policies tell. @default [] */
  readonly alertReceivers?: readonly AlertReceiver[];
  /** The deployer's service account: with databaseAdministrator, it may act as the database provisioner. @default - nobody (grant it yourself) */
  readonly deployerServiceAccount?: string;
  /** Service accounts that sign in to PostgreSQL with IAM. @default [] */
  readonly databaseIamServiceAccountEmails?: readonly string[];
  /**
   * A built-in PostgreSQL administrator whose generated password is kept in Secret Manager only, and the provisioner
   * a pool's slices sign in as with IAM to create their databases (see GcpDatabaseAdministrator). @default false
   */
  readonly databaseAdministrator?: boolean;
}

/** The Secret Manager API, enabled with a database administrator. */
const SECRET_MANAGER_API = 'secretmanager.googleapis.com';

/**
 * A complete GCP footprint in the provider's project: APIs, network, Cloud KMS keys (from `advanced`), GKE, Cloud
 * SQL for PostgreSQL, Memorystore for Redis, Cloud Storage and monitoring, sized and hardened from a
 * `TenantSizing` as the AWS platform is. Multi-AZ tiers get a regional cluster, a regional database and a
 * cross-zone Redis standby; the others a zonal cluster in the first zone.
 */
export class GcpPlatform extends Construct {
  readonly project: GcpProjectContext;
  readonly services: GcpProjectServices;
  /** Present from the `advanced` security level (customer-managed keys). */
  readonly encryption?: GcpEncryption;
  readonly network: GcpNetwork;
  readonly cluster: GcpCluster;
  readonly database: GcpDatabase;
  /** Present with `databaseAdministrator`. */
  readonly databaseAdministrator?: GcpDatabaseAdministrator;
  readonly cache: GcpCache;
  readonly storage: GcpStorage;
  readonly monitoring: GcpMonitoring;

  constructor(scope: Construct, id: string, props: GcpPlatformProps) {
    super(scope, id);
    const { name, sizing, region } = props;
    const { security } = sizing;
    const logRetentionDays = sizing.monitoring.logRetentionDays;

    this.project = new GcpProjectContext(this, 'project', { region });
    this.services = new GcpProjectServices(this, 'apis', {
      services: props.databaseAdministrator ? [...REQUIRED_APIS, SECRET_MANAGER_API] : REQUIRED_APIS,
    });
    const apis: ITerraformDependable[] = this.services.services;

    if (security.customerManagedKeys) {
      this.encryption = new GcpEncryption(this, 'encryption', {
        name,
        project: this.project,
        keyRotation: security.keyRotation,
        keyPerService: security.keyPerService,
        dependsOn: apis,
      });
    }
    const keyId = (service: GcpEncryptedService) => this.encryption?.keyFor(service).id;
    const grants = (service: GcpEncryptedService): ITerraformDependable[] => this.encryption?.grantsFor(service) ?? [];

    this.network = new GcpNetwork(this, 'network', {
      name,
      region,
      addressPlan: props.addressPlan,
      flowLogs: security.flowLogs,
      dependsOn: apis,
    });
    const networkId = this.network.network.id;
    const privateServices = this.network.privateServicesConnection;

    this.cluster = new GcpCluster(this, 'cluster', {
      name: gkeClusterName(name),
      serviceAccountPrefix: name,
      project: this.project,
      location: sizing.availability.regionalCluster ? region : sizing.zones[0],
      nodeZones: sizing.zones,
      networkId,
      subnetworkId: this.network.subnetwork.id,
      nodesCidr: this.network.addressPlan.nodes,
      controlPlaneCidr: this.network.addressPlan.controlPlane,
      nodes: sizing.nodes,
      kmsKeyId: keyId('cluster'),
      privateEndpointOnly: sizing.cluster.privateEndpointOnly,
      authorizedNetworks: props.authorizedNetworks,
      dnsEndpoint: props.dnsEndpoint,
      adminMembers: props.clusterAdminMembers,
      allControlPlaneLogs: security.allControlPlaneLogs,
      managedPrometheus: sizing.monitoring.prometheus,
      deletionProtection: sizing.database.deletionProtection,
      dependsOn: [...apis, ...grants('cluster')],
    });

    this.database = new GcpDatabase(this, 'database', {
      name,
      region,
      networkId,
      databaseClass: sizing.database.class,
      storageGb: sizing.database.storageGb,
      backupRetentionDays: sizing.database.backupRetentionDays,
      standby: sizing.availability.databaseStandby,
      deletionProtection: sizing.database.deletionProtection,
      kmsKeyId: keyId('database'),
      iamServiceAccountEmails: props.databaseIamServiceAccountEmails,
      dependsOn: [privateServices, ...grants('database')],
    });
    if (props.databaseAdministrator) {
      this.databaseAdministrator = new GcpDatabaseAdministrator(this, 'database-administrator', {
        name,
        projectId: this.project.projectId,
        instanceName: this.database.instance.name,
        region,
        deployerServiceAccount: props.deployerServiceAccount,
        dependsOn: apis,
      });
    }

    this.cache = new GcpCache(this, 'cache', {
      name: memorystoreInstanceId(name),
      region,
      zones: sizing.zones,
      networkId,
      cacheClass: sizing.cache.class,
      replicas: sizing.cache.replicas,
      kmsKeyId: keyId('cache'),
      dependsOn: [privateServices, ...grants('cache')],
    });

    this.storage = new GcpStorage(this, 'storage', {
      name,
      projectNumber: this.project.projectNumber,
      region,
      kmsKeyId: keyId('storage'),
      accessLogging: security.accessLogging,
      accessLogRetentionDays: logRetentionDays,
      dependsOn: [...apis, ...grants('storage')],
    });

    this.monitoring = new GcpMonitoring(this, 'monitoring', {
      name,
      project: this.project,
      logRetentionDays,
      alerts: sizing.monitoring.alarms,
      notificationChannels: props.notificationChannels,
      alertReceivers: props.alertReceivers,
      databaseInstanceName: this.database.instance.name,
      cacheInstanceId: this.cache.instance.id,
      dependsOn: apis,
    });
  }
}
