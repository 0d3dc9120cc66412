import * as fs from 'fs';
import * as path from 'path';
import { App } from 'cdktf';
import { defineTier } from '../../lib/model/tier';
import { buildApp, BuildAppOptions } from '../../stacks/app';
import { tiers } from '../../tiers';
import { FLEET_SETTINGS_YAML, TerraformJson, ephemeralArguments, resourcesOf, scratchDir } from '../util';

const tenantFile = (id: string, tier: string) => `id: ${id}\ntier: ${tier}\ncloud: gcp\nregion: europe-west1\n`;
/** The slice's own Google service account (created by the GCP workload access). */
const OWN_MEMBER = 'serviceAccount:${google_service_account.workload-identity.email}';
/** Google's group that writes Cloud Storage usage logs (lib/gcp/storage.ts), on the log bucket only. */
const STORAGE_LOG_WRITER = 'group:cloud-storage-analytics@google.com';
const dataBucket = (json: TerraformJson) => resourcesOf(json, 'google_storage_bucket').find((b) => String(b.name).includes('-data-'))!;
const remote = (attribute: string) => new RegExp(`^\\$\\{data\\.terraform_remote_state\\.[^}]+${attribute}\\}$`);

/** Pooled GCP tenants synthesized as a whole app. */
function pooledApp(files: Record<string, string>, options: BuildAppOptions = {}) {
  // The fleet's deployer: a GCP pool's provisioner is impersonated by it.
  const dir = scratchDir({ 'tenants/_platform.yaml': FLEET_SETTINGS_YAML, ...files });
  const app = new App({ outdir: path.join(dir, 'out') });
  const built = buildApp(app, { ...options, tenantsDir: path.join(dir, 'tenants') });
  app.synth();
  const read = (name: string): TerraformJson => JSON.parse(fs.readFileSync(path.join(app.outdir, 'stacks', name, 'cdk.tf.json'), 'utf8'));
  return { dir, built, read, outdir: app.outdir };
}

describe('GCP tenant slices', () => {
  // acme: standard, globo: free.
  const { dir, built, read, outdir } = pooledApp({ 'tenants/acme.yaml': tenantFile('acme', 'standard'), 'tenants/globo.yaml': tenantFile('globo', 'free') });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const acme = read('tenant-acme');
  const globo = read('tenant-globo');
  const instance = expect.stringMatching(remote('google_sql_database_instance[^}]+name'));

  it('builds one pool for both tenants and a slice stack per tenant that depends on it', () => {
    expect(built.poolStacks.map((p) => p.node.id)).toEqual(['pool-gcp-europe-west1']);
    expect(built.sliceStacks.map((s) => s.node.id)).toEqual(['tenant-acme', 'tenant-globo']);
    const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8'));
    expect(manifest.stacks['tenant-acme'].dependencies).toEqual(['pool-gcp-europe-west1']);
  });

  it('gives the tenant its own locked-down, versioned bucket in its region', () => {
    const bucket = dataBucket(acme);
    expect(bucket).toEqual(
      expect.objectContaining({
        name: expect.stringMatching(/^acme-data-\$\{data\.google_project\.[^}]+\.number\}$/),
        location: 'EUROPE-WEST1',
        uniform_bucket_level_access: true,
        public_access_prevention: 'enforced',
        versioning: { enabled: true },
        force_destroy: false,
        logging: { log_bucket: expect.stringMatching(/^\$\{google_storage_bucket\.storage_access-logs_[A-Z0-9]+\.name\}$/), log_object_prefix: 'data/' },
      }),
    );
    // The pool of basic/enhanced tenants has no customer-managed keys: Google-managed encryption.
    expect(bucket.encryption).toBeUndefined();
  });

  it('grants the bucket to its own service account only, as objectUser; its usage logs only to the Cloud Storage log writer', () => {
    expect(resourcesOf(acme, 'google_storage_bucket_iam_member')).toEqual([
      { bucket: expect.stringMatching(/^\$\{google_storage_bucket\.storage_access-logs_[A-Z0-9]+\.name\}$/), role: 'roles/storage.objectCreator', member: STORAGE_LOG_WRITER },
      { bucket: expect.stringMatching(/^\$\{google_storage_bucket\.storage_bucket_[A-Z0-9]+\.name\}$/), role: 'roles/storage.objectUser', member: OWN_MEMBER },
    ]);
    expect(Object.keys(acme.resource).filter((t) => /iam_(policy|binding)$/.test(t))).toEqual([]);
  });

  it('gives its service account a passwordless IAM user on the pool instance', () => {
    expect(resourcesOf(acme, 'google_sql_user')).toEqual([
      { instance, name: '${trimsuffix(google_service_account.workload-identity.email, ".gserviceaccount.com")}', type: 'CLOUD_IAM_SERVICE_ACCOUNT' },
    ]);
  });

  it('gives the tenant its own database, closed to PUBLIC, open to its IAM user only', () => {
    const iamUser = expect.stringMatching(/^\$\{google_sql_user\.database-access_user_[A-Z0-9]+\.name\}$/);
    expect(resourcesOf(acme, 'google_sql_database')).toEqual([]);
    expect(resourcesOf(acme, 'postgresql_role')).toEqual([]);
    expect(resourcesOf(acme, 'postgresql_database')).toEqual([expect.objectContaining({ name: 'acme', connection_limit: 50 })]);
    expect(resourcesOf(acme, 'postgresql_grant')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ role: 'public', object_type: 'database', privileges: [] }),
        expect.objectContaining({ role: iamUser, object_type: 'database', privileges: ['CONNECT', 'TEMPORARY', 'CREATE'] }),
        expect.objectContaining({ role: iamUser, object_type: 'schema', schema: 'public', privileges: ['USAGE', 'CREATE'] }),
      ]),
    );
    expect(resourcesOf(acme, 'postgresql_grant')).toHaveLength(3);
  });

  // The administrator's password was read into every slice's state (data.google_secret_manager_secret_version). google
  // 6.47 has no ephemeral Secret Manager read, but an ephemeral google_service_account_access_token (since 6.x): the
  // slice signs in as the pool's provisioner, a Cloud SQL IAM user, with a short-lived token as password (Cloud SQL docs,
  // iam-logins: manual IAM database authentication takes an OAuth token with the sqlservice.login scope).
  it("signs the PostgreSQL provider in as the pool's provisioner with an ephemeral IAM token, reading no secret", () => {
    expect(acme.data?.google_secret_manager_secret_version).toBeUndefined();
    expect(ephemeralArguments(acme, 'google_service_account_access_token', 'database_provisioner')).toEqual({
      target_service_account: expect.stringMatching(remote('google_service_account[^}]+email')),
      scopes: ['https://www.googleapis.com/auth/sqlservice.login'],
      lifetime: '1800s',
    });
    expect(acme.provider?.postgresql).toEqual([
      {
        host: expect.stringMatching(remote('google_sql_database_instance[^}]+private_ip_address')),
        port: 5432,
        database: 'postgres',
        username: expect.stringMatching(remote('google_sql_user[^}]+name')),
        password: '${ephemeral.google_service_account_access_token.database_provisioner.access_token}',
        sslmode: 'require',
        superuser: false,
      },
    ]);
  });

  it('has a pool whose administrator password is ephemeral, only ever written to write-only arguments', () => {
    const pool = read('pool-gcp-europe-west1');
    const admin = resourcesOf(pool, 'google_sql_user').find((u) => u.type === 'BUILT_IN');
    expect(admin).toEqual(expect.objectContaining({ name: 'tenant_admin', password_wo: '${ephemeral.random_password.database_administrator_password.result}' }));
    expect(resourcesOf(pool, 'random_password')).toEqual([]);
    expect(JSON.stringify(pool)).not.toMatch(/"(password|secret_data)"/);
  });

  it('grants Cloud SQL instance user and client to its service account, on the pool instance only', () => {
    const members = resourcesOf(acme, 'google_project_iam_member');
    expect(members.map((m) => m.role).sort()).toEqual(['roles/cloudsql.client', 'roles/cloudsql.instanceUser']);
    for (const m of members) {
      expect(m.member).toBe(OWN_MEMBER);
      const { expression } = m.condition as { expression: string };
      expect(expression).toMatch(
        /^resource\.type == "sqladmin\.googleapis\.com\/Instance" && resource\.name == "projects\/\$\{data\.google_project\.[^}]+\.project_id\}\/instances\/\$\{data\.terraform_remote_state\.[^}]+google_sql_database_instance[^}]+name\}"$/,
      );
    }
  });

  it('gets no cache access: Memorystore for Redis has no per-user access control', () => {
    expect(JSON.stringify(acme)).not.toMatch(/redis|memorystore/i);
  });

  it('isolates tenants: nothing in one slice names, grants or references anything of the other', () => {
    expect(JSON.stringify(acme)).not.toContain('globo');
    expect(JSON.stringify(globo)).not.toContain('acme');
    for (const slice of [acme, globo]) {
      const members = [...resourcesOf(slice, 'google_storage_bucket_iam_member'), ...resourcesOf(slice, 'google_project_iam_member')]
        .map((m) => m.member)
        .filter((m) => m !== STORAGE_LOG_WRITER);
      expect(members).toHaveLength(3);
      expect(new Set(members)).toEqual(new Set([OWN_MEMBER]));
    }
  });

  it('writes no password value: the only password is the ephemeral token', () => {
    const provider = (acme.provider?.postgresql as Record<string, unknown>[])[0];
    expect(JSON.stringify({ ...acme, provider: { ...acme.provider, postgresql: [{ ...provider, password: undefined }] } })).not.toMatch(/password|auth_string/);
  });
});

describe('GCP tenant slices in a pool with customer-managed keys', () => {
  // A pooled tier at the advanced security level, so the pool has Cloud KMS keys (budget raised: keys cost).
  const advanced = defineTier({ ...tiers.standard, name: 'standard', security: { level: 'advanced' }, budget: { monthlyUsd: 10_000 } });
  const { dir, read } = pooledApp({ 'tenants/acme.yaml': tenantFile('acme', 'standard') }, { tiers: { ...tiers, standard: advanced } });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("encrypts the tenant's bucket with the pool's storage key", () => {
    expect(dataBucket(read('tenant-acme')).encryption).toEqual({ default_kms_key_name: expect.stringMatching(remote('google_kms_crypto_key[^}]+id')) });
  });
});
