import { SqlDatabaseInstance } from '@cdktf/provider-google/lib/sql-database-instance';
import { TerraformStack, Testing } from 'cdktf';
import { GcpDatabase } from '../../lib/gcp/database';
import { onlyResource, resourcesOf } from '../util';
import { synthGcp } from './helpers';

type Settings = Record<string, unknown>;
const settingsOf = (json: ReturnType<typeof synthGcp>) => onlyResource(json, 'google_sql_database_instance').settings as Settings;

describe('GcpDatabase', () => {
  const premium = synthGcp({ tier: 'premium' });
  const enterprise = synthGcp({ tier: 'enterprise' });

  it('runs PostgreSQL 16 on the tier class, on a private IP only, TLS required', () => {
    expect(JSON.stringify(premium)).toHaveResourceWithProperties(SqlDatabaseInstance, {
      name: 'acme-postgres',
      region: 'europe-west1',
      database_version: 'POSTGRES_16',
      settings: expect.objectContaining({
        tier: 'db-custom-2-8192',
        edition: 'ENTERPRISE',
        disk_size: 100,
        disk_autoresize: true,
        disk_autoresize_limit: 200,
        ip_configuration: expect.objectContaining({
          ipv4_enabled: false,
          ssl_mode: 'ENCRYPTED_ONLY',
          private_network: expect.stringContaining('google_compute_network'),
        }),
      }),
    });
  });

  it('backs up daily with point-in-time recovery, in the region, for the tier retention', () => {
    expect(settingsOf(premium).backup_configuration).toEqual(
      expect.objectContaining({
        enabled: true,
        location: 'europe-west1',
        point_in_time_recovery_enabled: true,
        transaction_log_retention_days: 7,
        backup_retention_settings: { retained_backups: 14, retention_unit: 'COUNT' },
      }),
    );
    const free = settingsOf(synthGcp({ tier: 'free' })).backup_configuration as Settings;
    expect(free.transaction_log_retention_days).toBe(1);
    expect(free.backup_retention_settings).toEqual({ retained_backups: 1, retention_unit: 'COUNT' });
  });

  it('turns on IAM authentication and connection logging, and Query Insights', () => {
    expect(settingsOf(premium).database_flags).toEqual([
      { name: 'cloudsql.iam_authentication', value: 'on' },
      { name: 'log_connections', value: 'on' },
      { name: 'log_disconnections', value: 'on' },
    ]);
    expect(settingsOf(premium).insights_config).toEqual(expect.objectContaining({ query_insights_enabled: true }));
  });

  it('is zonal for premium and regional (HA) from enterprise', () => {
    expect(settingsOf(premium).availability_type).toBe('ZONAL');
    expect(settingsOf(enterprise).availability_type).toBe('REGIONAL');
    expect(settingsOf(enterprise).tier).toBe('db-custom-4-16384');
  });

  it('protects the instance from Terraform and the API where the tier says so', () => {
    expect(onlyResource(premium, 'google_sql_database_instance').deletion_protection).toBe(true);
    expect(settingsOf(premium).deletion_protection_enabled).toBe(true);
    const standard = synthGcp({ tier: 'standard' });
    expect(onlyResource(standard, 'google_sql_database_instance').deletion_protection).toBe(false);
  });

  it('encrypts with the tenant key from advanced, after the Cloud SQL agent is granted it', () => {
    const instance = onlyResource(premium, 'google_sql_database_instance');
    expect(instance.encryption_key_name).toEqual(expect.stringContaining('google_kms_crypto_key'));
    expect(instance.depends_on).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^google_service_networking_connection\./),
        expect.stringMatching(/^google_kms_crypto_key_iam_member\./),
      ]),
    );
    expect(onlyResource(synthGcp({ tier: 'standard' }), 'google_sql_database_instance').encryption_key_name).toBeUndefined();
  });

  it('leaves the disk size to autoresize after creation (disk_size would override it, and a disk cannot shrink)', () => {
    const instance = onlyResource(premium, 'google_sql_database_instance');
    expect((instance.lifecycle as { ignore_changes: string[] }).ignore_changes).toEqual(['settings[0].disk_size']);
    expect(settingsOf(premium).disk_autoresize).toBe(true);
  });

  it('creates no password user and no root password', () => {
    expect(resourcesOf(premium, 'google_sql_user')).toHaveLength(0);
    expect(onlyResource(premium, 'google_sql_database_instance').root_password).toBeUndefined();
    expect(onlyResource(premium, 'google_sql_database').name).toBe('app');
  });

  it('adds IAM service account users without passwords', () => {
    const stack = new TerraformStack(Testing.app(), 'db');
    new GcpDatabase(stack, 'db', {
      name: 'acme',
      region: 'europe-west1',
      networkId: 'net',
      databaseClass: 'db-small',
      storageGb: 20,
      backupRetentionDays: 7,
      iamServiceAccountEmails: ['app@acme-prod.iam.gserviceaccount.com'],
    });
    const user = onlyResource(JSON.parse(Testing.synth(stack)), 'google_sql_user');
    expect(user).toEqual(expect.objectContaining({ name: 'app@acme-prod.iam', type: 'CLOUD_IAM_SERVICE_ACCOUNT' }));
    expect(user.password).toBeUndefined();
  });
});
