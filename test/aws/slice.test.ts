import * as fs from 'fs';
import * as path from 'path';
import { App } from 'cdktf';
import { buildApp } from '../../stacks/app';
import { TerraformJson, resourcesOf, scratchDir } from '../util';

const tenantFile = (id: string, tier: string) => `id: ${id}\ntier: ${tier}\ncloud: aws\nregion: us-east-1\n`;

/** Two pooled AWS tenants (acme: standard, globo: free), synthesized as a whole app. */
function pooledApp() {
  const dir = scratchDir({ 'tenants/acme.yaml': tenantFile('acme', 'standard'), 'tenants/globo.yaml': tenantFile('globo', 'free') });
  const app = new App({ outdir: path.join(dir, 'out') });
  const built = buildApp(app, { tenantsDir: path.join(dir, 'tenants') });
  app.synth();
  const read = (name: string): TerraformJson => JSON.parse(fs.readFileSync(path.join(app.outdir, 'stacks', name, 'cdk.tf.json'), 'utf8'));
  return { dir, built, read, outdir: app.outdir };
}

describe('AWS tenant slices', () => {
  const { dir, built, read, outdir } = pooledApp();
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const acme = read('tenant-acme');
  const globo = read('tenant-globo');
  const pool = read('pool-aws-us-east-1');

  it('builds one pool for both tenants and a slice stack per tenant that depends on it', () => {
    expect(built.poolStacks.map((p) => p.node.id)).toEqual(['pool-aws-us-east-1']);
    expect(built.sliceStacks.map((s) => s.node.id)).toEqual(['tenant-acme', 'tenant-globo']);
    const manifest = JSON.parse(fs.readFileSync(path.join(outdir, 'manifest.json'), 'utf8'));
    expect(manifest.stacks['tenant-acme'].dependencies).toEqual(['pool-aws-us-east-1', 'pool-aws-us-east-1-workloads']);
  });

  it('reaches the pool through remote state', () => {
    expect(Object.keys(acme.data!.terraform_remote_state ?? {})).toHaveLength(1);
    expect(Object.keys(pool.output ?? {}).some((o) => o.startsWith('cross-stack-output-'))).toBe(true);
  });

  it('gives the tenant its own database and a login role without a password, PUBLIC revoked', () => {
    const [role] = resourcesOf(acme, 'postgresql_role');
    expect(role).toEqual(expect.objectContaining({ name: 'acme', login: true, roles: ['rds_iam'], superuser: false }));
    expect(role.password).toBeUndefined();
    expect(resourcesOf(acme, 'postgresql_database')).toEqual([expect.objectContaining({ name: 'acme' })]);
    expect(resourcesOf(acme, 'postgresql_grant')).toEqual([expect.objectContaining({ role: 'public', object_type: 'database', privileges: [] })]);
    const [provider] = acme.provider!.postgresql as Record<string, unknown>[];
    expect(String(provider.password)).toMatch(/^\$\{jsondecode\(data\.aws_secretsmanager_secret_version\.[^)]+\.secret_string\)\.password\}$/);
  });

  it('confines its cache user to its own key prefix, with IAM authentication', () => {
    expect(resourcesOf(acme, 'aws_elasticache_user')).toEqual([
      expect.objectContaining({ access_string: 'on ~acme:* &acme:* +@all -@dangerous', authentication_mode: { type: 'iam' } }),
    ]);
    expect(resourcesOf(acme, 'aws_elasticache_user_group_association')).toHaveLength(1);
  });

  it('gives the tenant its own bucket that only its workload role can use', () => {
    const policies = resourcesOf(acme, 'aws_s3_bucket_policy').map((p) => JSON.parse(String(p.policy)));
    const only = policies.flatMap((p) => p.Statement).find((s: { Sid: string }) => s.Sid === 'DataOnlyForTheTenantRole');
    expect(only.Condition.StringNotEquals['aws:PrincipalArn']).toEqual([expect.stringMatching(/:role\/acme-workload$/)]);
  });

  it('lets the workload role connect only as its own database role and cache user', () => {
    const policy = resourcesOf(acme, 'aws_iam_role_policy').find((p) => p.name === 'tenant-database-and-cache');
    const statements = JSON.parse(String(policy!.policy)).Statement;
    expect(statements.find((s: { Sid: string }) => s.Sid === 'ConnectAsTenantDatabaseRole').Resource).toMatch(/:dbuser:\$\{data\.terraform_remote_state\.[^}]+resource_id\}\/\$\{postgresql_role\.database_role_[A-Z0-9]+\.name\}$/);
  });

  it('puts the tenant in its own namespace with its quota and default-deny policies in the pool cluster', () => {
    expect(resourcesOf(acme, 'kubernetes_namespace_v1')).toEqual([expect.objectContaining({ metadata: expect.objectContaining({ name: 'acme' }) })]);
    const [quota] = resourcesOf(acme, 'kubernetes_resource_quota_v1') as { spec: { hard: Record<string, string> } }[];
    expect(quota.spec.hard['requests.cpu']).toBe('2000m');
    expect(resourcesOf(acme, 'kubernetes_network_policy_v1').length).toBeGreaterThan(0);
  });

  it('isolates tenants: nothing in one slice names or grants anything of the other', () => {
    expect(JSON.stringify(acme)).not.toContain('globo');
    expect(JSON.stringify(globo)).not.toContain('acme');
  });

  it('checks a pooled tenant against its share of the pool plus its own resources', () => {
    const cost = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'tenant-acme', 'cost.json'), 'utf8'));
    const share = cost.reports[0].resources.find((r: { type: string }) => r.type === 'pool_share');
    const allocation = JSON.parse(fs.readFileSync(path.join(outdir, 'stacks', 'pool-aws-us-east-1', 'allocation.json'), 'utf8'));
    const acmeShare = allocation.tenants.find((t: { tenantId: string }) => t.tenantId === 'acme');
    expect(share.monthlyCost).toBeCloseTo(acmeShare.monthlyCost, 6);
    const allocated = allocation.tenants.reduce((s: number, t: { monthlyCost: number }) => s + t.monthlyCost, 0);
    expect(allocated + allocation.unallocated.monthlyCost).toBeCloseTo(allocation.monthlyCost, 6);
  });
});
