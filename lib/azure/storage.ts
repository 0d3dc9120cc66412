import { StorageAccount } from '@cdktf/provider-azurerm/lib/storage-account';
import { StorageContainer } from '@cdktf/provider-azurerm/lib/storage-container';
import type { ITerraformDependable } from 'cdktf';
import { Construct } from 'constructs';
import { diagnosticSetting } from './diagnostics';
import { storageAccountName } from './names';
import { privateEndpoint } from './private-endpoint';
import type { AzureResourceContext } from './resource-context';

/** Days deleted blobs, overwritten versions' deletes and deleted containers stay recoverable. */
const DELETE_RETENTION_DAYS = 30;

export interface AzureStorageProps {
  /** Tenant id; the account is `<id without hyphens><hash>`. */
  readonly name: string;
  readonly context: AzureResourceContext;
  /** Replication: ZRS across zones, GZRS also to the paired region. @default 'ZRS' */
  readonly replication?: 'LRS' | 'ZRS' | 'GZRS';
  /** Subnet of the blob private endpoint. */
  readonly endpointSubnetId: string;
  /** `privatelink.blob.core.windows.net` zone. */
  readonly dnsZoneId: string;
  /** Customer-managed key. @default - Microsoft-managed keys */
  readonly customerManagedKey?: {
    readonly keyVaultKeyId: string;
    readonly identityId: string;
    readonly grants: ITerraformDependable[];
  };
  /** Encrypt twice (service and infrastructure layers); set at creation. @default false */
  readonly infrastructureEncryption?: boolean;
  /** Blob read/write/delete logs to this workspace (the analog of S3 access logs). @default - no access logs */
  readonly accessLogsWorkspaceId?: string;
  /** Container name. @default 'data' */
  readonly containerName?: string;
}

/**
 * The tenant's storage account and private container: no public network access (a private endpoint for blobs),
 * Entra ID authorization only (shared keys off; the provider needs storage_use_azuread), HTTPS with TLS 1.2+, no
 * anonymous access, blob versioning with soft delete, the tenant's customer-managed key and infrastructure
 * encryption by security level, and blob access logs to Log Analytics.
 */
export class AzureStorage extends Construct {
  readonly account: StorageAccount;
  readonly container: StorageContainer;

  constructor(scope: Construct, id: string, props: AzureStorageProps) {
    super(scope, id);
    const { context } = props;
    const cmk = props.customerManagedKey;
    const name = storageAccountName(props.name);

    this.account = new StorageAccount(this, 'account', {
      ...context.placement,
      name,
      accountKind: 'StorageV2',
      accountTier: 'Standard',
      accountReplicationType: props.replication ?? 'ZRS',
      accessTier: 'Hot',
      minTlsVersion: 'TLS1_2',
      httpsTrafficOnlyEnabled: true,
      allowNestedItemsToBePublic: false,
      sharedAccessKeyEnabled: false,
      defaultToOauthAuthentication: true,
      publicNetworkAccessEnabled: false,
      crossTenantReplicationEnabled: false,
      allowedCopyScope: 'PrivateLink',
      localUserEnabled: false,
      sftpEnabled: false,
      infrastructureEncryptionEnabled: props.infrastructureEncryption ?? false,
      networkRules: { defaultAction: 'Deny', bypass: ['AzureServices'] },
      blobProperties: {
        versioningEnabled: true,
        changeFeedEnabled: true,
        deleteRetentionPolicy: { days: DELETE_RETENTION_DAYS },
        containerDeleteRetentionPolicy: { days: DELETE_RETENTION_DAYS },
      },
      identity: cmk ? { type: 'UserAssigned', identityIds: [cmk.identityId] } : undefined,
      customerManagedKey: cmk ? { keyVaultKeyId: cmk.keyVaultKeyId, userAssignedIdentityId: cmk.identityId } : undefined,
      dependsOn: cmk?.grants,
    });
    // Created through Azure Resource Manager (storage_account_id), so it needs no data-plane access.
    this.container = new StorageContainer(this, 'container', {
      name: props.containerName ?? 'data',
      storageAccountId: this.account.id,
      containerAccessType: 'private',
    });
    privateEndpoint(this, 'blob-endpoint', {
      context,
      name: `${name}-blob-pe`,
      subnetId: props.endpointSubnetId,
      resourceId: this.account.id,
      subresource: 'blob',
      dnsZoneId: props.dnsZoneId,
    });
    if (props.accessLogsWorkspaceId) {
      diagnosticSetting(this, 'blob-access-logs', {
        targetResourceId: `${this.account.id}/blobServices/default`,
        workspaceId: props.accessLogsWorkspaceId,
        categories: ['StorageRead', 'StorageWrite', 'StorageDelete'],
      });
    }
  }
}
