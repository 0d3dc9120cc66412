import { TerraformStack, Testing } from 'cdktf';
import { GcpPlatform } from '../../lib/gcp/platform';
import {
  ADMINISTRATOR_PASSWORD_VERSION,
  CLOUD_SQL_ADMINISTRATOR_USER,
  GcpDatabaseAdministrator,
} from '../../lib/gcp/database-administrator';
import { TerraformJson, ephemeralArguments, onlyResource, resourcesOf } from '../util';
import { gcpTenant } from './helpers';

const DEPLOYER = 'tt-deployer@acme-platform.iam.gserviceaccount.com';

describe('GcpDatabaseAdministrator', () => {
  const stack = new TerraformStack(Testing.app(), 'pool');
  new GcpDatabaseAdministrator(stack, 'admin', {
    name: 'pool-gcp-1234',
    projectId: 'acme-pools',
    instanceName: 'pool-gcp-1234-postgres',
    region: 'europe-west1',
    deployerServiceAccount: DEPLOYER,
  });
  const json = JSON.parse(Testing.synth(stack)) as TerraformJson;
  const passwordRef = '${ephemeral.random_password.database_administrator_password.result}';

  // A managed random_password kept the administrator's password in the pool's state. random 3.7 (the pinned
  // provider) has an ephemeral random_password: generated at each run, stored nowhere, sent only through the
  // write-only arguments, and only when their version moves (Terraform docs, write-only arguments).
  it('generates a 40-character alphanumeric password that no state or plan keeps', () => {
    expect(json.provider!.random).toEqual([{}]);
    expect(json.resource.random_password).toBeUndefined();
    expect(ephemeralArguments(json, 'random_password', 'database_administrator_password')).toEqual({ length: 40, special: false, min_numeric: 4, min_upper: 4, min_lower: 4 });
  });

  it('writes it to a built-in Cloud SQL user through the write-only argument only', () => {
    const admin = resourcesOf(json, 'google_sql_user').find((u) => u.type === 'BUILT_IN');
    expect(admin).toEqual({
      instance: 'pool-gcp-1234-postgres',
      name: CLOUD_SQL_ADMINISTRATOR_USER,
      type: 'BUILT_IN',
      password_wo: passwordRef,
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
      secret_data_wo: passwordRef,
      secret_data_wo_version: ADMINISTRATOR_PASSWORD_VERSION,
    });
  });

  it('puts no password value in the JSON: every password attribute is an ephemeral reference', () => {
    expect(JSON.stringify(json)).not.toMatch(/"(password|secret_data)"/);
  });

  // The slices signed in as the administrator (a cloudsqlsuperuser member). They sign in as a provisioner instead: a
  // service account registered as a Cloud SQL IAM user (no password), allowed on the pool's instance only, whose
  // short-lived tokens only the deployer may mint (roles/iam.serviceAccountTokenCreator on that account).
  it('makes the provisioner the slices sign in as: an IAM user the deployer alone may act as', () => {
    expect(onlyResource(json, 'google_service_account')).toEqual(expect.objectContaining({ account_id: 'pool-gcp-1234-db-prov' }));
    const iamUser = resourcesOf(json, 'google_sql_user').find((u) => u.type === 'CLOUD_IAM_SERVICE_ACCOUNT')!;
    expect(iamUser.name).toMatch(/^\$\{trimsuffix\(google_service_account\.[^.]+\.email, "\.gserviceaccount\.com"\)\}$/);
    expect(iamUser.password).toBeUndefined();
    const roles = resourcesOf(json, 'google_project_iam_member');
    expect(roles.map((r) => r.role).sort()).toEqual(['roles/cloudsql.client', 'roles/cloudsql.instanceUser']);
    for (const r of roles) expect((r.condition as { expression: string }).expression).toContain('instances/pool-gcp-1234-postgres');
    expect(onlyResource(json, 'google_service_account_iam_member')).toEqual(
      expect.objectContaining({ role: 'roles/iam.serviceAccountTokenCreator', member: `serviceAccount:${DEPLOYER}` }),
    );
  });
});

describe('GcpPlatform databaseAdministrator', () => {
  const synth = (databaseAdministrator: boolean) => {
    const stack = new TerraformStack(Testing.app(), 'platform');
    const tenant = gcpTenant({ id: 'acme', tier: 'standard' });
    new GcpPlatform(stack, 'platform', {
      name: 'acme',
      region: 'europe-west1',
      sizing: tenant.sizing,
      databaseAdministrator,
      deployerServiceAccount: databaseAdministrator ? DEPLOYER : undefined,
    });
    return JSON.parse(Testing.synth(stack)) as TerraformJson;
  };

  it('adds the administrator and the provisioner and enables the Secret Manager API when asked', () => {
    const json = synth(true);
    expect(resourcesOf(json, 'google_sql_user').map((u) => u.type).sort()).toEqual(['BUILT_IN', 'CLOUD_IAM_SERVICE_ACCOUNT']);
    expect(resourcesOf(json, 'google_project_service').map((s) => s.service)).toContain('secretmanager.googleapis.com');
  });

  it('adds neither by default (siloed tenants sign in with IAM only)', () => {
    const json = synth(false);
    expect(resourcesOf(json, 'google_sql_user')).toEqual([]);
    expect(resourcesOf(json, 'google_secret_manager_secret')).toEqual([]);
    expect(resourcesOf(json, 'google_project_service').map((s) => s.service)).not.toContain('secretmanager.googleapis.com');
  });

  // buildApp refuses a GCP pool without deployer.gcp (checkFleetSettings); the construct alone leaves the grant out.
  it('grants nobody the provisioner\'s tokens without a deployer', () => {
    const stack = new TerraformStack(Testing.app(), 'platform');
    const tenant = gcpTenant({ id: 'acme', tier: 'standard' });
    new GcpPlatform(stack, 'platform', { name: 'acme', region: 'europe-west1', sizing: tenant.sizing, databaseAdministrator: true });
    expect(resourcesOf(JSON.parse(Testing.synth(stack)), 'google_service_account_iam_member')).toEqual([]);
  });
});
