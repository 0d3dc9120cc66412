import { PostgresqlFlexibleServer } from '@cdktf/provider-azurerm/lib/postgresql-flexible-server';
import { PostgresqlFlexibleServerActiveDirectoryAdministrator } from '@cdktf/provider-azurerm/lib/postgresql-flexible-server-active-directory-administrator';
import { PostgresqlFlexibleServerConfiguration } from '@cdktf/provider-azurerm/lib/postgresql-flexible-server-configuration';
import { TerraformStack, Testing } from 'cdktf';
import { AzureDatabase } from '../../lib/azure/database';
import { AzureResourceContext } from '../../lib/azure/resource-context';
import { onlyResource, resourcesOf } from '../util';
import { synthAzure } from './helpers';

describe('AzureDatabase', () => {
  const premium = synthAzure({ tier: 'premium' });
  const enterprise = synthAzure({ tier: 'enterprise' });

  it('is private: delegated subnet, private DNS zone, public access off', () => {
    expect(JSON.stringify(premium)).toHaveResourceWithProperties(PostgresqlFlexibleServer, {
      version: '16',
      public_network_access_enabled: false,
      delegated_subnet_id: expect.stringContaining('database-subnet'),
      private_dns_zone_id: expect.stringContaining('postgres-zone'),
    });
    expect(resourcesOf(premium, 'azurerm_postgresql_flexible_server_firewall_rule')).toHaveLength(0);
  });

  it('authenticates with Entra ID only, so no password exists', () => {
    const server = onlyResource(premium, 'azurerm_postgresql_flexible_server');
    expect(server.authentication).toEqual({
      active_directory_auth_enabled: true,
      password_auth_enabled: false,
      tenant_id: expect.stringContaining('data.azurerm_client_config'),
    });
    expect(server.administrator_login).toBeUndefined();
    expect(server.administrator_password).toBeUndefined();
    expect(JSON.stringify(premium)).toHaveResourceWithProperties(PostgresqlFlexibleServerActiveDirectoryAdministrator, {
      principal_type: 'ServicePrincipal',
      object_id: expect.stringContaining('azurerm_user_assigned_identity'),
    });
  });

  it('requires TLS 1.2+', () => {
    const text = JSON.stringify(premium);
    expect(text).toHaveResourceWithProperties(PostgresqlFlexibleServerConfiguration, { name: 'require_secure_transport', value: 'on' });
    expect(text).toHaveResourceWithProperties(PostgresqlFlexibleServerConfiguration, { name: 'ssl_min_protocol_version', value: 'TLSv1.2' });
  });

  it('sizes SKU, storage and backups by tier; HA from enterprise; geo-redundant backups on both', () => {
    const p = onlyResource(premium, 'azurerm_postgresql_flexible_server');
    expect(p).toEqual(
      expect.objectContaining({ sku_name: 'GP_Standard_D2ds_v5', storage_mb: 131072, backup_retention_days: 14, geo_redundant_backup_enabled: true }),
    );
    expect(p.high_availability).toBeUndefined();
    expect(JSON.stringify(enterprise)).toHaveResourceWithProperties(PostgresqlFlexibleServer, {
      sku_name: 'GP_Standard_D4ds_v5',
      storage_mb: 524288,
      backup_retention_days: 30,
      high_availability: { mode: 'ZoneRedundant', standby_availability_zone: '2' },
    });
  });

  // azurerm docs, backup_retention_days: "Possible values are between 7 and 35 days" (a free-tier pool asks for 1).
  it('holds the backup window to what Flexible Server accepts', () => {
    const stack = new TerraformStack(Testing.app(), 'retention');
    const context = new AzureResourceContext(stack, 'context', { resourceGroupName: 'rg', location: 'westeurope' });
    const props = { context, delegatedSubnetId: 'subnet', privateDnsZoneId: 'zone', databaseClass: 'db-small' as const, storageGb: 50, logAnalyticsWorkspaceId: 'ws' };
    new AzureDatabase(stack, 'short', { ...props, name: 'short', backupRetentionDays: 1 });
    new AzureDatabase(stack, 'long', { ...props, name: 'long', backupRetentionDays: 90 });
    const days = resourcesOf(JSON.parse(Testing.synth(stack)), 'azurerm_postgresql_flexible_server').map((s) => s.backup_retention_days);
    expect(new Set(days)).toEqual(new Set([7, 35]));
  });

  it('encrypts with the tenant key through a user-assigned identity, the geo backups with the paired-region key', () => {
    const cmk = onlyResource(enterprise, 'azurerm_postgresql_flexible_server').customer_managed_key as Record<string, string>;
    expect(cmk.key_vault_key_id).toContain('platform_encryption_database-key');
    expect(cmk.geo_backup_key_vault_key_id).toContain('platform_encryption_geo-backup-key');
    expect(cmk.primary_user_assigned_identity_id).toContain('database-identity');
    // Blocker 3: the geo-backup identity is the paired region's, and both identities are the server's (identity_ids).
    expect(cmk.geo_backup_user_assigned_identity_id).toContain('database-geo-identity');
    const identity = onlyResource(enterprise, 'azurerm_postgresql_flexible_server').identity as { identity_ids: string[] };
    expect(identity.identity_ids).toEqual([expect.stringContaining('database-identity'), expect.stringContaining('database-geo-identity')]);
    expect(onlyResource(synthAzure({ tier: 'standard' }), 'azurerm_postgresql_flexible_server').customer_managed_key).toBeUndefined();
  });

  it('leaves the storage size to auto-grow after creation, so azurerm never replaces a grown or shrunk-on-paper server', () => {
    const server = onlyResource(premium, 'azurerm_postgresql_flexible_server');
    expect(server.auto_grow_enabled).toBe(true);
    expect((server.lifecycle as { ignore_changes: string[] }).ignore_changes).toContain('storage_mb');
  });

  it('locks the server against deletion from premium, not on the free tier', () => {
    expect(resourcesOf(premium, 'azurerm_management_lock')).toEqual([expect.objectContaining({ lock_level: 'CanNotDelete' })]);
    expect(resourcesOf(synthAzure({ tier: 'free' }), 'azurerm_management_lock')).toHaveLength(0);
  });

  it('refuses high availability on a burstable SKU, saying how to fix it', () => {
    const stack = new TerraformStack(Testing.app(), 'test');
    const context = new AzureResourceContext(stack, 'context', { resourceGroupName: 'rg', location: 'westeurope' });
    expect(
      () =>
        new AzureDatabase(stack, 'db', {
          name: 'acme',
          context,
          delegatedSubnetId: 'subnet',
          privateDnsZoneId: 'zone',
          databaseClass: 'db-small',
          storageGb: 50,
          backupRetentionDays: 7,
          standby: true,
          logAnalyticsWorkspaceId: 'ws',
        }),
    ).toThrow(/burstable and offers no high availability; use db-medium or larger/);
  });
});
