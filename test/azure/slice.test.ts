import * as fs from 'fs';
import * as path from 'path';
import { App } from 'cdktf';
import { buildApp } from '../../stacks/app';
import { FLEET_SETTINGS_YAML, TerraformJson, resourcesOf, scratchDir } from '../util';

const tenantFile = (id: string, tier: string) => `id: ${id}\ntier: ${tier}\ncloud: azure\nregion: westeurope\n`;
/** A reference to the slice's own managed identity (created by the Azure workload access). */
const OWN_PRINCIPAL = '${azurerm_user_assigned_identity.workload-identity.principal_id}';

/** Two pooled Azure tenants (both standard: a free tenant beside a standard one is over its budget in an Azure pool, see docs/pools.md), synthesized as a whole app. */
function pooledApp() {
  const dir = scratchDir({
    'tenants/acme.yaml': tenantFile('acme', 'standard'),
    'tenants/globo.yaml': `${tenantFile('globo', 'standard')}alerts:\n  receivers:\n    - email: ops@globo.example\n`,
    'tenants/_platform.yaml': FLEET_SETTINGS_YAML,
  });
  const app = new App({ outdir: path.join(dir, 'out') });
  const built = buildApp(app, { tenantsDir: path.join(dir, 'tenants') });
  app.synth();
  const read = (name: string): TerraformJson => JSON.parse(fs.readFileSync(path.join(app.outdir, 'stacks', name, 'cdk.tf.json'), 'utf8'));
  return { dir, built, read, outdir: app.outdir };
}

describe('Azure tenant slices', () => {
  const { dir, built, read, outdir } = pooledApp();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const acme = read('tenant-acme');
  const globo = read('tenant-globo');
  const pool = read('pool-azure-westeurope');
  const remote = (attribute: string) => new RegExp(`^\\$\\{data\\.terraform_remote_state\\.[^}]+${attribute}\\}$`);

  it('builds one pool for both tenants and a slice stack per tenant that depends on it', () => {
    expect(built.poolStacks.map((p) => p.node.id)).toEqual(['pool-azure-westeurope']);
    expect(built.sliceStacks.map((s) => s.node.id)).toEqual(['tenant-acme', 'tenant-globo']);
    const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8'));
    expect(manifest.stacks['tenant-acme'].dependencies).toEqual(['pool-azure-westeurope', 'pool-azure-westeurope-workloads']);
    expect(Object.keys(pool.output ?? {}).some((o) => o.startsWith('cross-stack-output-'))).toBe(true);
  });

  it("gives the tenant its own private container in the pool's storage account", () => {
    expect(resourcesOf(acme, 'azurerm_storage_container')).toEqual([
      { name: 'acme-data', container_access_type: 'private', storage_account_id: expect.stringMatching(remote('azurerm_storage_account[^}]+id')) },
    ]);
    expect(acme.output?.bucket_name).toEqual({ value: expect.stringMatching(/storage_account.*name\}\/\$\{azurerm_storage_container\.storage-container\.name\}$/) });
  });

  it('grants Storage Blob Data Contributor on that container, to its own managed identity, and nothing else', () => {
    expect(resourcesOf(acme, 'azurerm_role_assignment')).toEqual([
      {
        scope: '${azurerm_storage_container.storage-container.id}',
        role_definition_name: 'Storage Blob Data Contributor',
        principal_id: OWN_PRINCIPAL,
        principal_type: 'ServicePrincipal',
      },
    ]);
  });

  it('gives the tenant its own database, owned by a login role named after its managed identity, PUBLIC revoked', () => {
    const [role] = resourcesOf(acme, 'postgresql_role');
    expect(role).toEqual(expect.objectContaining({ name: 'acme-workload', login: true, roles: [], superuser: false, create_role: false, connection_limit: 50 }));
    expect(resourcesOf(acme, 'postgresql_database')).toEqual([
      expect.objectContaining({ name: 'acme', owner: expect.stringMatching(/^\$\{postgresql_role\.database_role_[A-Z0-9]+\.name\}$/) }),
    ]);
    expect(resourcesOf(acme, 'postgresql_grant')).toEqual([expect.objectContaining({ role: 'public', object_type: 'database', privileges: [] })]);
    expect(resourcesOf(acme, 'azurerm_postgresql_flexible_server_database')).toEqual([]);
    expect(acme.output?.database_name).toEqual({ value: expect.stringMatching(/^\$\{postgresql_database\.database_[A-Z0-9]+\.name\}$/) });
  });

  it('binds that role to its own managed identity with the pgaadauth security label', () => {
    expect(resourcesOf(acme, 'postgresql_security_label')).toEqual([
      {
        object_type: 'role',
        object_name: expect.stringMatching(/^\$\{postgresql_role\.database_role_[A-Z0-9]+\.name\}$/),
        label_provider: 'pgaadauth',
        label: `aadauth,oid=${OWN_PRINCIPAL},type=service`,
      },
    ]);
  });

  // The server's only Entra administrator was a managed identity that a CI runner cannot sign in as: the pool makes the
  // deployer an Entra administrator too (Flexible Server takes several: azurerm
  // postgresql_flexible_server_active_directory_administrator), and slices sign in as it with an Entra token.
  it("signs the PostgreSQL provider in as the deployer, an Entra administrator of the pool's server, with an Entra token, no password anywhere", () => {
    expect(resourcesOf(pool, 'azurerm_postgresql_flexible_server_active_directory_administrator')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ object_id: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b', principal_name: 'tt-deployer', principal_type: 'ServicePrincipal' }),
      ]),
    );
    expect(acme.provider?.postgresql).toEqual([
      {
        host: expect.stringMatching(remote('azurerm_postgresql_flexible_server[^}]+fqdn')),
        port: 5432,
        database: 'postgres',
        username: 'tt-deployer',
        azure_identity_auth: true,
        azure_tenant_id: expect.stringMatching(remote('azurerm_postgresql_flexible_server[^}]+tenant_id')),
        sslmode: 'require',
        superuser: false,
      },
    ]);
    expect(JSON.stringify(acme)).not.toMatch(/password|access_key|connection_string/);
  });

  it('confines its Redis data access policy to its own keys and channels, assigned to its own identity', () => {
    const cacheId = expect.stringMatching(remote('azurerm_redis_cache[^}]+id'));
    const [policy] = resourcesOf(acme, 'azurerm_redis_cache_access_policy');
    expect(policy).toEqual({ name: 'tenant-acme', permissions: expect.stringMatching(/^~acme:\* &acme:\* \+@connection .* -@dangerous$/), redis_cache_id: cacheId });
    // An allow-list (Redis ACL categories): nothing that enumerates keys or runs scripts across the instance.
    expect(String(policy.permissions)).not.toMatch(/\+@(all|keyspace|read|write|scripting|admin)\b/);
    expect(resourcesOf(acme, 'azurerm_redis_cache_access_policy_assignment')).toEqual([
      {
        name: 'tenant-acme-workload',
        redis_cache_id: cacheId,
        access_policy_name: expect.stringMatching(/^\$\{azurerm_redis_cache_access_policy\.cache-access_policy_[A-Z0-9]+\.name\}$/),
        object_id: OWN_PRINCIPAL,
        object_id_alias: 'acme-workload',
      },
    ]);
  });

  it('runs on a pool Redis SKU that supports data access policies (Basic, Standard or Premium on Redis 6)', () => {
    const [redis] = resourcesOf(pool, 'azurerm_redis_cache');
    expect(['Basic', 'Standard', 'Premium']).toContain(redis.sku_name);
    expect(redis.redis_version).toBe('6');
    expect(redis.redis_configuration).toEqual(expect.objectContaining({ active_directory_authentication_enabled: true }));
  });

  it('isolates tenants: nothing in one slice names, grants or references anything of the other', () => {
    expect(JSON.stringify(acme)).not.toContain('globo');
    expect(JSON.stringify(globo)).not.toContain('acme');
    for (const slice of [acme, globo]) {
      const grants = [
        ...resourcesOf(slice, 'azurerm_role_assignment').map((r) => r.principal_id),
        ...resourcesOf(slice, 'azurerm_redis_cache_access_policy_assignment').map((r) => r.object_id),
      ];
      expect(grants).toHaveLength(2);
      expect(new Set(grants)).toEqual(new Set([OWN_PRINCIPAL]));
    }
  });

  it('checks the pooled tenant against its share of the pool plus its own resources', () => {
    const cost = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'tenant-acme', 'cost.json'), 'utf8'));
    const allocation = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'pool-azure-westeurope', 'allocation.json'), 'utf8'));
    const share = cost.reports[0].resources.find((r: { type: string }) => r.type === 'pool_share');
    expect(share.monthlyCost).toBeCloseTo(allocation.tenants.find((t: { tenantId: string }) => t.tenantId === 'acme').monthlyCost, 6);
  });
});

describe('Azure slice outputs', () => {
  it('tells the tenant which pod label turns workload identity on', async () => {
    const { App } = await import('cdktf');
    const fs = await import('fs');
    const path = await import('path');
    const { buildApp } = await import('../../stacks/app');
    const { scratchDir } = await import('../util');
    const { FLEET_SETTINGS_YAML } = await import('../util');
    const dir = scratchDir({ 'tenants/acme.yaml': 'id: acme\ntier: standard\ncloud: azure\nregion: westeurope\n', 'tenants/_platform.yaml': FLEET_SETTINGS_YAML });
    const app = new App({ outdir: path.join(dir, 'out') });
    buildApp(app, { tenantsDir: path.join(dir, 'tenants') });
    app.synth();
    const json = JSON.parse(fs.readFileSync(path.join(dir, 'out', 'stacks', 'tenant-acme', 'cdk.tf.json'), 'utf8'));
    expect(json.output.pod_labels.value).toEqual({ 'azure.workload.identity/use': 'true' });
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
