import { ManagementLock } from '@cdktf/provider-azurerm/lib/management-lock';
import { PostgresqlFlexibleServer } from '@cdktf/provider-azurerm/lib/postgresql-flexible-server';
import { PostgresqlFlexibleServerActiveDirectoryAdministrator } from '@cdktf/provider-azurerm/lib/postgresql-flexible-server-active-directory-administrator';
import { PostgresqlFlexibleServerConfiguration } from '@cdktf/provider-azurerm/lib/postgresql-flexible-server-configuration';
import { PostgresqlFlexibleServerDatabase } from '@cdktf/provider-azurerm/lib/postgresql-flexible-server-database';
import { UserAssignedIdentity } from '@cdktf/provider-azurerm/lib/user-assigned-identity';
import type { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import type { DatabaseClass } from '../model/enums';
import { SpecError } from '../model/errors';
import { diagnosticSetting } from './diagnostics';
import { globalServiceName } from './names';
import type { AzureResourceContext } from './resource-context';
import { AZURE_DATABASE_SKUS, flexibleServerStorageMb, isBurstableDatabaseSku } from './sizes';

/** PostgreSQL major version, as on AWS; Azure applies minor versions in the maintenance window. */
export const FLEXIBLE_SERVER_POSTGRES_VERSION = '16';
/** The primary's zone and the zone-redundant standby's. */
/**
 * The point-in-time restore window Flexible Server accepts: azurerm_postgresql_flexible_server
 * `backup_retention_days` "Possible values are between 7 and 35 days". A shorter tier retention (the free tier keeps
 * 1 day) gets the service's minimum, a longer one its maximum.
 */
export const FLEXIBLE_SERVER_BACKUP_DAYS = { min: 7, max: 35 } as const;
const PRIMARY_ZONE = '1';
const STANDBY_ZONE = '2';
/** Server parameters: TLS 1.2+ only, and connection logging (the AWS parameter group's settings). */
const SERVER_PARAMETERS: Readonly<Record<string, string>> = {
  require_secure_transport: 'on',
  ssl_min_protocol_version: 'TLSv1.2',
  log_connections: 'on',
  log_disconnections: 'on',
};

export interface AzureDatabaseProps {
  /** Tenant id; the server is `<name>-pg-<hash>` (a global DNS name). */
  readonly name: string;
  readonly context: AzureResourceContext;
  /** Subnet delegated to Microsoft.DBforPostgreSQL/flexibleServers. */
  readonly delegatedSubnetId: string;
  /** Private DNS zone `<name>.private.postgres.database.azure.com`. */
  readonly privateDnsZoneId: string;
  /** What the server waits for (the DNS zone's VNet link). @default [] */
  readonly dependsOn?: ITerraformDependable[];
  readonly databaseClass: DatabaseClass;
  /** Storage, GB: rounded up to a size Flexible Server offers. */
  readonly storageGb: number;
  /** Point-in-time restore window, days; held to what Flexible Server accepts (7-35). */
  readonly backupRetentionDays: number;
  /** Zone-redundant standby in a second zone. @default false */
  readonly standby?: boolean;
  /**
   * Copy backups to the paired region. On for every tier: the GDPR and SOC 2 packs fail a single-region backup
   * (azure-postgresql-geo-redundant-backup), and tiers from standard may claim SOC 2. @default true
   */
  readonly geoRedundantBackup?: boolean;
  /** A CanNotDelete lock on the server. @default true */
  readonly deletionProtection?: boolean;
  /** Customer-managed key. @default - platform-managed keys */
  readonly customerManagedKey?: {
    readonly keyVaultKeyId: string;
    readonly identityId: string;
    /** Key of geo-redundant backups, in the paired region (required with geoRedundantBackup). */
    readonly geoBackupKeyVaultKeyId?: string;
    /** Identity that uses the geo-backup key: in the paired region (required with geoRedundantBackup). */
    readonly geoBackupIdentityId?: string;
    readonly grants: ITerraformDependable[];
  };
  /**
   * Entra principals made administrators of the server besides its managed identity: the deployer of a pool, which
   * signs in to create its slices' databases. @default []
   */
  readonly administrators?: readonly { readonly objectId: string; readonly name: string; readonly type: 'ServicePrincipal' | 'User' | 'Group' }[];
  /** Log Analytics workspace for server logs. */
  readonly logAnalyticsWorkspaceId: string;
  /** Initial database name. @default 'app' */
  readonly databaseName?: string;
}

/**
 * PostgreSQL Flexible Server in a delegated subnet with a private DNS zone (no public access), Microsoft Entra ID
 * authentication only (password authentication off, so no password exists anywhere) with a managed identity as
 * Entra administrator, TLS 1.2+ required, zone-redundant high availability by tier, geo-redundant backups, the
 * tenant's customer-managed key, server logs to Log Analytics and a delete lock.
 */
export class AzureDatabase extends Construct {
  readonly server: PostgresqlFlexibleServer;
  /** The server's Entra administrator: a managed identity that platform automation signs in as. */
  readonly administrator: UserAssignedIdentity;

  constructor(scope: Construct, id: string, props: AzureDatabaseProps) {
    super(scope, id);
    const { context } = props;
    const skuName = AZURE_DATABASE_SKUS[props.databaseClass];
    const standby = props.standby ?? false;
    if (standby && isBurstableDatabaseSku(skuName)) {
      throw new SpecError(
        `PostgreSQL Flexible Server ${skuName} (${props.databaseClass}) is burstable and offers no high availability; use db-medium or larger with a zone-resilient tier (availability.zoneResilient)`,
      );
    }
    const geo = props.geoRedundantBackup ?? true;
    const cmk = props.customerManagedKey;
    if (cmk && geo && (!cmk.geoBackupKeyVaultKeyId || !cmk.geoBackupIdentityId)) {
      throw new Error('a customer-managed key with geo-redundant backups needs geoBackupKeyVaultKeyId and geoBackupIdentityId (a key and an identity in the paired region)');
    }

    this.server = new PostgresqlFlexibleServer(this, 'server', {
      ...context.placement,
      name: globalServiceName(props.name, 'pg'),
      version: FLEXIBLE_SERVER_POSTGRES_VERSION,
      skuName,
      storageMb: flexibleServerStorageMb(props.storageGb),
      autoGrowEnabled: true,
      zone: PRIMARY_ZONE,
      highAvailability: standby ? { mode: 'ZoneRedundant', standbyAvailabilityZone: STANDBY_ZONE } : undefined,
      backupRetentionDays: Math.min(FLEXIBLE_SERVER_BACKUP_DAYS.max, Math.max(FLEXIBLE_SERVER_BACKUP_DAYS.min, props.backupRetentionDays)),
      geoRedundantBackupEnabled: geo,
      delegatedSubnetId: props.delegatedSubnetId,
      privateDnsZoneId: props.privateDnsZoneId,
      publicNetworkAccessEnabled: false,
      authentication: { activeDirectoryAuthEnabled: true, passwordAuthEnabled: false, tenantId: context.tenantId },
      // Both identities are the server's: the geo-backup one must be in identity_ids too (azurerm docs,
      // postgresql_flexible_server customer_managed_key.geo_backup_user_assigned_identity_id).
      identity: cmk ? { type: 'UserAssigned', identityIds: [cmk.identityId, ...(geo ? [cmk.geoBackupIdentityId!] : [])] } : undefined,
      customerManagedKey: cmk
        ? {
            keyVaultKeyId: cmk.keyVaultKeyId,
            primaryUserAssignedIdentityId: cmk.identityId,
            geoBackupKeyVaultKeyId: geo ? cmk.geoBackupKeyVaultKeyId : undefined,
            geoBackupUserAssignedIdentityId: geo ? cmk.geoBackupIdentityId : undefined,
          }
        : undefined,
      maintenanceWindow: { dayOfWeek: 0, startHour: 3, startMinute: 0 },
      // A failover swaps primary and standby zones. Storage auto-grows, and azurerm replaces the server (ForceNew)
      // when storage_mb in the configuration is below the server's: after creation, auto-grow owns the size, so a
      // grown server, or a pool that loses tenants, is never replaced for it.
      lifecycle: { ignoreChanges: ['zone', 'high_availability[0].standby_availability_zone', 'storage_mb'] },
      dependsOn: [...(props.dependsOn ?? []), ...(cmk?.grants ?? [])],
    });

    this.administrator = new UserAssignedIdentity(this, 'administrator', { ...context.placement, name: `${props.name}-pg-admin` });
    new PostgresqlFlexibleServerActiveDirectoryAdministrator(this, 'entra-administrator', {
      serverName: this.server.name,
      resourceGroupName: context.resourceGroup.name,
      tenantId: context.tenantId,
      objectId: this.administrator.principalId,
      principalName: this.administrator.name,
      principalType: 'ServicePrincipal',
    });
    (props.administrators ?? []).forEach(
      (admin, i) =>
        new PostgresqlFlexibleServerActiveDirectoryAdministrator(this, `entra-administrator-${i}`, {
          serverName: this.server.name,
          resourceGroupName: context.resourceGroup.name,
          tenantId: context.tenantId,
          objectId: admin.objectId,
          principalName: admin.name,
          principalType: admin.type,
        }),
    );

    for (const [parameter, value] of Object.entries(SERVER_PARAMETERS)) {
      new PostgresqlFlexibleServerConfiguration(this, `parameter-${parameter.replace(/_/g, '-')}`, {
        serverId: this.server.id,
        name: parameter,
        value,
      });
    }
    new PostgresqlFlexibleServerDatabase(this, 'database', {
      serverId: this.server.id,
      name: props.databaseName ?? 'app',
      charset: 'UTF8',
      collation: 'en_US.utf8',
    });

    if (props.deletionProtection ?? true) {
      new ManagementLock(this, 'delete-lock', {
        name: 'tenant-templates-deletion-protection',
        scope: this.server.id,
        lockLevel: 'CanNotDelete',
        notes: 'Tier database.deletionProtection: remove this lock to delete the server',
      });
    }

    diagnosticSetting(this, 'logs', {
      targetResourceId: this.server.id,
      workspaceId: props.logAnalyticsWorkspaceId,
      categories: ['PostgreSQLLogs', 'PostgreSQLFlexSessions'],
    });
  }
}
