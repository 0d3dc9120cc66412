import { TerraformStack, Testing } from 'cdktf';
import { GcpPlatform } from '../../lib/gcp/platform';
import { ADMINISTRATOR_PASSWORD_VERSION, CLOUD_SQL_ADMINISTRATOR_USER, GcpDatabaseAdministrator } from '../../lib/gcp/database-administrator';
import { onlyResource, resourcesOf } from '../util';
import { gcpTenant } from './helpers';

describe('GcpDatabaseAdministrator', () => {
  const stack = new TerraformStack(Testing.app(), 'pool');
  new GcpDatabaseAdministrator(stack, 'admin', { name: 'pool-gcp-1234', instanceName: 'pool-gcp-1234-postgres', region: 'europe-west1' });
  const json = JSON.parse(Testing.synth(stack));
  const passwordRef = /^\$\{random_password\.admin_password_[A-Z0-9]+\.result\}$/;

  it('generates a 40-character alphanumeric password with the random provider', () => {
    expect(json.provider.random).toEqual([{}]);
    expect(onlyResource(json, 'random_password')).toEqual({ length: 40, special: false, min_numeric: 4, min_upper: 4, min_lower: 4 });
  });

  it('writes it to a built-in Cloud SQL user through the write-only argument only', () => {
    expect(onlyResource(json, 'google_sql_user')).toEqual({
      instance: 'pool-gcp-1234-postgres',
      name: CLOUD_SQL_ADMINISTRATOR_USER,
      type: 'BUILT_IN',
      password_wo: expect.stringMatching(passwordRef),
      password_wo_version: ADMINISTRATOR_PASSWORD_VERSION,
    });
  });

  it('keeps it in a deletion-protected Secret Manager secret replicated in the region only, written write-only', () => {
    expect(onlyResource(json, 'google_secret_manager_secret')).toEqual({
      secret_id: 'pool-gcp-1234-postgres-admin',
      replication: { user_managed: { replicas: [{ location: 'europe-west1' }] } },
      deletion_protection: true,
    });
    expect(onlyResource(json, 'google_secret_manager_secret_version')).toEqual({
      secret: expect.stringMatching(/^\$\{google_secret_manager_secret\.admin_secret_[A-Z0-9]+\.id\}$/),
      secret_data_wo: expect.stringMatching(passwordRef),
      secret_data_wo_version: ADMINISTRATOR_PASSWORD_VERSION,
    });
  });

  it('puts no password value in the JSON: every password attribute is a reference', () => {
    expect(JSON.stringify(json)).not.toMatch(/"(password|secret_data)"/);
  });
});

describe('GcpPlatform databaseAdministrator', () => {
  const synth = (databaseAdministrator: boolean) => {
    const stack = new TerraformStack(Testing.app(), 'platform');
    const tenant = gcpTenant({ id: 'acme', tier: 'standard' });
    new GcpPlatform(stack, 'platform', { name: 'acme', region: 'europe-west1', sizing: tenant.sizing, databaseAdministrator });
    return JSON.parse(Testing.synth(stack));
  };

  it('adds the administrator and enables the Secret Manager API when asked', () => {
    const json = synth(true);
    expect(resourcesOf(json, 'google_sql_user').map((u) => u.name)).toEqual([CLOUD_SQL_ADMINISTRATOR_USER]);
    expect(resourcesOf(json, 'google_project_service').map((s) => s.service)).toContain('secretmanager.googleapis.com');
  });

  it('adds neither by default (siloed tenants sign in with IAM only)', () => {
    const json = synth(false);
    expect(resourcesOf(json, 'google_sql_user')).toEqual([]);
    expect(resourcesOf(json, 'google_secret_manager_secret')).toEqual([]);
    expect(resourcesOf(json, 'google_project_service').map((s) => s.service)).not.toContain('secretmanager.googleapis.com');
  });
});
