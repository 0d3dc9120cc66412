import { KeyVault } from '@cdktf/provider-azurerm/lib/key-vault';
import { KeyVaultKey } from '@cdktf/provider-azurerm/lib/key-vault-key';
import { RoleAssignment } from '@cdktf/provider-azurerm/lib/role-assignment';
import { UserAssignedIdentity } from '@cdktf/provider-azurerm/lib/user-assigned-identity';
import type { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { diagnosticSetting } from './diagnostics';
import { geoKeyVaultName, keyVaultName } from './names';
import { privateEndpoint } from './private-endpoint';
import type { AzureResourceContext } from './resource-context';

/**
 * The services that encrypt with a customer-managed key on Azure: AKS node disks (disk encryption set),
 * PostgreSQL and Storage. Azure Cache for Redis (below Enterprise) and Log Analytics (without a dedicated
 * cluster) take no customer key: see docs/azure.md.
 */
export type AzureEncryptedService = 'cluster' | 'database' | 'storage';
const SERVICES: readonly AzureEncryptedService[] = ['cluster', 'database', 'storage'];

/** Deleted vaults and keys stay recoverable for 90 days, the maximum. */
const SOFT_DELETE_RETENTION_DAYS = 90;
/** RSA 3072: accepted by disk encryption sets, PostgreSQL and Storage; NIST SP 800-57 strength through 2030+. */
const KEY_SIZE = 3072;
/** A new key version every year (NIST SP 800-57 symmetric cryptoperiod, as AWS KMS rotates), 30 days before expiry. */
const ROTATION = { expireAfter: 'P1Y', timeBeforeExpiry: 'P30D', notifyBeforeExpiry: 'P29D' } as const;
const CRYPTO_OFFICER = 'Key Vault Crypto Officer';
const CRYPTO_SERVICE_USER = 'Key Vault Crypto Service Encryption User';

export interface AzureEncryptionProps {
  /** Tenant id: names the vault and prefixes key and identity names. */
  readonly name: string;
  readonly context: AzureResourceContext;
  /** Add a yearly rotation policy to every key. @default true */
  readonly keyRotation?: boolean;
  /** One key per service instead of one shared key. @default false */
  readonly keyPerService?: boolean;
  /** Subnet of the vault's private endpoint. */
  readonly endpointSubnetId: string;
  /** `privatelink.vaultcore.azure.net` zone. */
  readonly vaultDnsZoneId: string;
  /**
   * Public addresses (CIDR) allowed to the vault's data plane, e.g. the CI runner that runs Terraform. Empty keeps
   * public network access off: Terraform must then run inside the VNet (or a peered one) to create the keys.
   * @default []
   */
  readonly deployerIpRanges?: readonly string[];
  /**
   * Region paired with the tenant's for geo-redundant PostgreSQL backups: a second vault and key there encrypt the
   * backup copies (Azure requires the geo-backup key in the backup's region). @default - no geo-backup key
   */
  readonly geoBackupLocation?: string;
  /** Log Analytics workspace for the vaults' audit logs (every key operation). */
  readonly auditLogsWorkspaceId: string;
  /**
   * What Terraform's data-plane calls from the runner network wait for (the VNet peering, DNS links): creating and
   * refreshing a key is a call to the vault itself. @default []
   */
  readonly runnerPath?: readonly ITerraformDependable[];
}

/**
 * Customer-managed keys in a Key Vault (RBAC authorization, purge protection, no public network access but for the
 * runner's public addresses, private endpoint), with a yearly rotation policy, and one user-assigned identity per
 * encrypting service granted `Key Vault Crypto Service Encryption User` on exactly its key. Services reference keys
 * without a version, so they follow rotation. Creating or refreshing a key is a call to the vault's data plane: keys
 * wait for the vault's private endpoint (and the runner's path to it). The paired-region vault of geo-backup keys has
 * a private endpoint in the tenant's VNet too (Private Link reaches a resource in another region), and its key is
 * used by an identity in that region, as PostgreSQL requires.
 */
export class AzureEncryption extends Construct {
  readonly vault: KeyVault;
  /** The paired-region vault holding the geo-backup key, when geoBackupLocation is set. */
  readonly geoVault?: KeyVault;
  /** The key of geo-redundant database backups, when geoBackupLocation is set. */
  readonly geoBackupKey?: KeyVaultKey;
  /** The identity PostgreSQL uses for the geo-backup key: in the paired region, granted on that key only. */
  readonly geoBackupIdentity?: UserAssignedIdentity;
  private readonly keys = new Map<AzureEncryptedService, KeyVaultKey>();
  private readonly identities = new Map<AzureEncryptedService, UserAssignedIdentity>();
  private readonly grants = new Map<AzureEncryptedService, RoleAssignment[]>();

  constructor(scope: Construct, id: string, props: AzureEncryptionProps) {
    super(scope, id);
    const { context } = props;
    this.vault = this.keyVault('vault', keyVaultName(props.name), context.location, props);
    const endpoint = privateEndpoint(this, 'vault-endpoint', {
      context,
      name: `${keyVaultName(props.name)}-pe`,
      subnetId: props.endpointSubnetId,
      resourceId: this.vault.id,
      subresource: 'vault',
      dnsZoneId: props.vaultDnsZoneId,
    });
    this.auditLogs('vault-audit-logs', this.vault, props.auditLogsWorkspaceId);
    const officer = this.grant('deployer-crypto-officer', this.vault.id, CRYPTO_OFFICER, context.deployerObjectId);
    const reachable = [officer, endpoint, ...(props.runnerPath ?? [])];

    for (const service of SERVICES) {
      this.identities.set(
        service,
        new UserAssignedIdentity(this, `${service}-identity`, { ...context.placement, name: `${props.name}-${service}-cmk` }),
      );
    }
    const groups: (AzureEncryptedService | 'shared')[] = props.keyPerService ? [...SERVICES] : ['shared'];
    for (const group of groups) {
      const key = this.key(`${group}-key`, `${props.name}-${group === 'shared' ? 'data' : group}`, this.vault, reachable, props);
      const served = group === 'shared' ? SERVICES : [group];
      for (const service of served) {
        this.keys.set(service, key);
        const identity = this.identities.get(service)!;
        this.grants.set(service, [
          this.grant(`${group}-key-${service}-user`, key.resourceVersionlessId, CRYPTO_SERVICE_USER, identity.principalId, 'ServicePrincipal'),
        ]);
      }
    }

    if (props.geoBackupLocation) {
      const geoName = geoKeyVaultName(props.name);
      this.geoVault = this.keyVault('geo-vault', geoName, props.geoBackupLocation, props);
      // The endpoint is in the tenant's VNet (its region); Private Link connects it to the vault in the paired region.
      const geoEndpoint = privateEndpoint(this, 'geo-vault-endpoint', {
        context,
        name: `${geoName}-pe`,
        subnetId: props.endpointSubnetId,
        resourceId: this.geoVault.id,
        subresource: 'vault',
        dnsZoneId: props.vaultDnsZoneId,
      });
      this.auditLogs('geo-vault-audit-logs', this.geoVault, props.auditLogsWorkspaceId);
      const geoOfficer = this.grant('deployer-geo-crypto-officer', this.geoVault.id, CRYPTO_OFFICER, context.deployerObjectId);
      this.geoBackupKey = this.key('geo-backup-key', `${props.name}-database-geo`, this.geoVault, [geoOfficer, geoEndpoint, ...(props.runnerPath ?? [])], props);
      // azurerm postgresql_flexible_server: the geo-backup identity "can't cross region and need identity in same
      // region as geo backup"; it is listed in identity_ids beside the primary's.
      this.geoBackupIdentity = new UserAssignedIdentity(this, 'database-geo-identity', {
        ...context.placement,
        location: props.geoBackupLocation,
        name: `${props.name}-database-geo-cmk`,
      });
      this.grants.get('database')!.push(
        this.grant(
          'geo-backup-key-database-user',
          this.geoBackupKey.resourceVersionlessId,
          CRYPTO_SERVICE_USER,
          this.geoBackupIdentity.principalId,
          'ServicePrincipal',
        ),
      );
    }
  }

  /** The key that encrypts `service`'s data. */
  keyFor(service: AzureEncryptedService): KeyVaultKey {
    return this.keys.get(service)!;
  }

  /** The identity `service` uses to reach its key. */
  identityFor(service: AzureEncryptedService): UserAssignedIdentity {
    return this.identities.get(service)!;
  }

  /** The grants `service`'s resources must wait for: without them the service cannot use its key. */
  grantsFor(service: AzureEncryptedService): RoleAssignment[] {
    return this.grants.get(service)!;
  }

  /** Every distinct key. */
  get allKeys(): KeyVaultKey[] {
    return [...new Set(this.keys.values()), ...(this.geoBackupKey ? [this.geoBackupKey] : [])];
  }

  private keyVault(id: string, name: string, location: string, props: AzureEncryptionProps): KeyVault {
    const ipRules = [...(props.deployerIpRanges ?? [])];
    return new KeyVault(this, id, {
      ...props.context.placement,
      location,
      name,
      tenantId: props.context.tenantId,
      skuName: 'standard',
      enableRbacAuthorization: true,
      purgeProtectionEnabled: true,
      softDeleteRetentionDays: SOFT_DELETE_RETENTION_DAYS,
      publicNetworkAccessEnabled: ipRules.length > 0,
      // Trusted services (disk encryption sets, PostgreSQL, Storage) reach the key through the bypass.
      networkAcls: { defaultAction: 'Deny', bypass: 'AzureServices', ipRules },
    });
  }

  private auditLogs(id: string, vault: KeyVault, workspaceId: string): void {
    diagnosticSetting(this, id, { targetResourceId: vault.id, workspaceId, categories: ['AuditEvent'] });
  }

  private key(id: string, name: string, vault: KeyVault, reachable: ITerraformDependable[], props: AzureEncryptionProps): KeyVaultKey {
    const rotate = props.keyRotation ?? true;
    return new KeyVaultKey(this, id, {
      name,
      keyVaultId: vault.id,
      keyType: 'RSA',
      keySize: KEY_SIZE,
      keyOpts: ['wrapKey', 'unwrapKey', 'encrypt', 'decrypt'],
      rotationPolicy: rotate
        ? {
            expireAfter: ROTATION.expireAfter,
            notifyBeforeExpiry: ROTATION.notifyBeforeExpiry,
            automatic: { timeBeforeExpiry: ROTATION.timeBeforeExpiry },
          }
        : undefined,
      tags: props.context.tags,
      // The officer grant (RBAC takes effect within minutes), the private endpoint and the runner's path to it must
      // exist before the key: creating it is a data-plane call to the vault.
      dependsOn: reachable,
    });
  }

  private grant(id: string, scope: string, role: string, principalId: string, principalType?: string): RoleAssignment {
    return new RoleAssignment(this, id, { scope, roleDefinitionName: role, principalId, principalType });
  }
}
