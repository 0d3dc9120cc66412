import { Construct } from 'constructs';
import type { AlertReceiver } from '../model/alerts';
import type { TenantSizing } from '../model/resolve';
import { AzureCache } from './cache';
import { AzureCluster } from './cluster';
import { AzureDatabase } from './database';
import { AzureEncryption, AzureEncryptedService } from './encryption';
import { AzureMonitoring } from './monitoring';
import { resourceGroupName } from './names';
import { AzureAddressPlan, AzureNetwork, AzureRunnerNetwork } from './network';
import { pairedRegion } from './regions';
import { AzureResourceContext } from './resource-context';
import { AzureStorage } from './storage';

export interface AzurePlatformProps {
  /** Name of the footprint: a tenant id. Prefixes every resource name. */
  readonly name: string;
  /** Azure region, e.g. `westeurope`; `sizing.zones` are its zones. */
  readonly location: string;
  /** Sizes and switches, from a tenant's tier. */
  readonly sizing: TenantSizing;
  /** Tags for every resource. @default {} */
  readonly tags?: Record<string, string>;
  /** Resource group name. @default `<name>-rg` */
  readonly resourceGroupName?: string;
  /** VNet address ranges. @default AZURE_DEFAULT_ADDRESS_PLAN */
  readonly addressPlan?: AzureAddressPlan;
  /** Entra ID groups granted AKS cluster admin (the admin groups, and Azure Kubernetes Service RBAC Cluster Admin). @default [] */
  readonly clusterAdminGroupObjectIds?: readonly string[];
  /**
   * The principal Terraform runs as, granted Azure Kubernetes Service RBAC Cluster Admin on the cluster.
   * @default - the principal running Terraform (azurerm_client_config), type unknown
   */
  readonly deployer?: { readonly objectId: string; readonly name: string; readonly type: 'ServicePrincipal' | 'User' | 'Group' };
  /** Make the deployer an Entra administrator of the PostgreSQL server (a pool: it creates its slices' databases). @default false */
  readonly deployerDatabaseAdministrator?: boolean;
  /** CIDRs allowed to the public API server of tiers without a private cluster. @default [] */
  readonly apiServerAuthorizedIpRanges?: readonly string[];
  /** Public CIDRs allowed to the Key Vault data plane (the Terraform runner's egress). @default [] (run inside the VNet) */
  readonly deployerIpRanges?: readonly string[];
  /** The runner network: admitted to the endpoints, peered, resolving through shared zones. @default - none */
  readonly runner?: AzureRunnerNetwork;
  /** Who the alert action group tells. @default [] */
  readonly alertReceivers?: readonly AlertReceiver[];
}

/**
 * A complete Azure footprint in its own resource group: VNet, Key Vault keys (from `advanced`), AKS, PostgreSQL
 * Flexible Server, Azure Cache for Redis, Storage and monitoring, sized and hardened from a `TenantSizing` as the
 * AWS platform is. Database backups are geo-redundant on every tier; zone-resilient tiers add a zone-redundant database
 * standby, a zonal Redis with replicas and geo-zone-redundant storage.
 */
export class AzurePlatform extends Construct {
  readonly context: AzureResourceContext;
  readonly network: AzureNetwork;
  readonly monitoring: AzureMonitoring;
  /** Present from the `advanced` security level (customer-managed keys). */
  readonly encryption?: AzureEncryption;
  readonly cluster: AzureCluster;
  readonly database: AzureDatabase;
  readonly cache: AzureCache;
  readonly storage: AzureStorage;

  constructor(scope: Construct, id: string, props: AzurePlatformProps) {
    super(scope, id);
    const { name, sizing, location } = props;
    const { security } = sizing;
    const availability = sizing.availability;

    this.context = new AzureResourceContext(this, 'context', {
      resourceGroupName: props.resourceGroupName ?? resourceGroupName(name),
      location,
      tags: props.tags,
    });
    const context = this.context;
    this.network = new AzureNetwork(this, 'network', {
      name,
      context,
      addressPlan: props.addressPlan,
      runner: props.runner,
      databaseFromRunners: props.deployerDatabaseAdministrator,
    });
    const endpointSubnetId = this.network.endpointSubnet.id;

    this.monitoring = new AzureMonitoring(this, 'monitoring', {
      name,
      context,
      logRetentionDays: sizing.monitoring.logRetentionDays,
      prometheus: sizing.monitoring.prometheus,
      grafana: sizing.monitoring.grafana,
      zoneRedundant: availability.zoneRedundantMonitoring,
      alarms: sizing.monitoring.alarms,
      alertReceivers: props.alertReceivers,
    });
    const workspaceId = this.monitoring.workspace.id;

    if (security.customerManagedKeys) {
      this.encryption = new AzureEncryption(this, 'encryption', {
        name,
        context,
        keyRotation: security.keyRotation,
        keyPerService: security.keyPerService,
        endpointSubnetId,
        vaultDnsZoneId: this.network.dnsZoneId('vault'),
        deployerIpRanges: props.deployerIpRanges,
        geoBackupLocation: pairedRegion(location),
        auditLogsWorkspaceId: workspaceId,
        runnerPath: [...this.network.runnerPath, this.network.dnsZoneLink('vault')],
      });
    }
    const key = (service: AzureEncryptedService) =>
      this.encryption
        ? {
            keyVaultKeyId: this.encryption.keyFor(service).versionlessId,
            identityId: this.encryption.identityFor(service).id,
            grants: this.encryption.grantsFor(service),
          }
        : undefined;

    this.cluster = new AzureCluster(this, 'cluster', {
      name,
      context,
      nodeSubnetId: this.network.nodeSubnet.id,
      egressDependencies: [this.network.nodeEgress],
      nodes: sizing.nodes,
      zones: sizing.zones,
      logAnalyticsWorkspaceId: workspaceId,
      allControlPlaneLogs: security.allControlPlaneLogs,
      privateEndpointOnly: sizing.cluster.privateEndpointOnly,
      apiServerAuthorizedIpRanges: props.apiServerAuthorizedIpRanges,
      uptimeSla: sizing.cluster.uptimeSla,
      adminGroupObjectIds: props.clusterAdminGroupObjectIds,
      clusterAdmins: [
        props.deployer ?? { objectId: context.deployerObjectId },
        ...(props.clusterAdminGroupObjectIds ?? []).map((objectId) => ({ objectId, type: 'Group' as const })),
      ],
      privateClusterPublicFqdn: props.runner?.virtualNetworkId !== undefined,
      diskEncryption: key('cluster'),
      monitorWorkspaceId: this.monitoring.monitorWorkspace?.id,
    });

    const databaseKey = key('database');
    this.database = new AzureDatabase(this, 'database', {
      name,
      context,
      delegatedSubnetId: this.network.databaseSubnet.id,
      privateDnsZoneId: this.network.dnsZoneId('postgres'),
      dependsOn: [this.network.dnsZoneLink('postgres')],
      databaseClass: sizing.database.class,
      storageGb: sizing.database.storageGb,
      backupRetentionDays: sizing.database.backupRetentionDays,
      standby: availability.databaseStandby,
      geoRedundantBackup: true,
      deletionProtection: sizing.database.deletionProtection,
      customerManagedKey: databaseKey && {
        ...databaseKey,
        geoBackupKeyVaultKeyId: this.encryption?.geoBackupKey?.versionlessId,
        geoBackupIdentityId: this.encryption?.geoBackupIdentity?.id,
      },
      logAnalyticsWorkspaceId: workspaceId,
      administrators: props.deployerDatabaseAdministrator && props.deployer ? [props.deployer] : [],
    });

    this.cache = new AzureCache(this, 'cache', {
      name,
      context,
      cacheClass: sizing.cache.class,
      replicas: sizing.cache.replicas,
      zones: availability.cacheAcrossZones ? sizing.zones : [],
      endpointSubnetId,
      dnsZoneId: this.network.dnsZoneId('redis'),
      logAnalyticsWorkspaceId: workspaceId,
    });

    this.storage = new AzureStorage(this, 'storage', {
      name,
      context,
      replication: availability.geoRedundantStorage ? 'GZRS' : sizing.zones.length > 1 ? 'ZRS' : 'LRS',
      endpointSubnetId,
      dnsZoneId: this.network.dnsZoneId('blob'),
      customerManagedKey: key('storage'),
      infrastructureEncryption: security.infrastructureEncryption,
      accessLogsWorkspaceId: security.accessLogging ? workspaceId : undefined,
    });

    this.monitoring.alertOn({ databaseId: this.database.server.id, cacheId: this.cache.cache.id });
  }
}
