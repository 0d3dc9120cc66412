import * as fs from 'fs';
import * as path from 'path';
import { App } from 'cdktf';
import { buildApp } from '../../stacks/app';
import { TerraformJson, ephemeralArguments, resourcesOf, scratchDir } from '../util';

const tenantFile = (id: string, tier: string) => `id: ${id}\ntier: ${tier}\ncloud: aws\nregion: us-east-1\n`;

/** The fleet's deployer and break-glass role. */
const SETTINGS = `deployer:
  aws: { roleArn: 'arn:aws:iam::111122223333:role/tt-deployer' }
admins:
  aws: { roleArns: ['arn:aws:iam::111122223333:role/break-glass'] }
`;

/** Two pooled AWS tenants (acme: standard, globo: free), synthesized as a whole app, with or without fleet settings. */
function pooledApp(settings?: string) {
  const dir = scratchDir({
    'tenants/acme.yaml': tenantFile('acme', 'standard'),
    'tenants/globo.yaml': tenantFile('globo', 'free'),
    ...(settings ? { 'tenants/_platform.yaml': settings } : {}),
  });
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
  });

  // The master password was read into every slice's state (data.aws_secretsmanager_secret_version). A slice now
  // signs in as the pool's provisioner with an IAM token the PostgreSQL provider makes itself (provider docs,
  // aws_rds_iam_auth), so no secret is read at all.
  it('signs in to the pool server as the provisioner with IAM, reading no secret', () => {
    const [provider] = acme.provider!.postgresql as Record<string, unknown>[];
    expect(provider).toEqual(expect.objectContaining({ username: 'tenant_provisioner', aws_rds_iam_auth: true, aws_rds_iam_region: 'us-east-1', sslmode: 'require' }));
    expect(provider.password).toBeUndefined();
    expect(JSON.stringify(acme)).not.toMatch(/secretsmanager_secret_version|master_user_secret/);
  });

  // Dropping the slice's database at destroy loses the tenant's data at once: one database on a shared server has
  // no point-in-time restore of its own. Terraform refuses to destroy a prevent_destroy resource.
  it('refuses to destroy the tenant database with the slice', () => {
    expect(resourcesOf(acme, 'postgresql_database')[0].lifecycle).toEqual({ prevent_destroy: true });
  });

  // Redis ACL categories (redis.io, ACL): SCAN, RANDOMKEY and DBSIZE are in @keyspace and @read, FUNCTION and SCRIPT
  // in @scripting, none in @dangerous; an allow-list of data-type categories leaves them all out.
  it('confines its cache user to its own key prefix and an allow-list of commands, with IAM authentication', () => {
    const [user] = resourcesOf(acme, 'aws_elasticache_user');
    expect(user.authentication_mode).toEqual({ type: 'iam' });
    const rules = String(user.access_string).split(' ');
    expect(rules.slice(0, 3)).toEqual(['on', '~acme:*', '&acme:*']);
    expect(rules).toEqual(expect.arrayContaining(['+@string', '+@hash', '+@list', '+@set', '+@sortedset', '+@stream', '-@dangerous']));
    expect(rules.filter((r) => /^\+@(all|keyspace|read|write|scripting|admin|pubsub)$|^\+(scan|randomkey|dbsize|keys|function|script|eval)$/i.test(r))).toEqual([]);
    expect(resourcesOf(acme, 'aws_elasticache_user_group_association')).toHaveLength(1);
  });

  // HeadBucket needs s3:ListBucket (S3 API reference, HeadBucket): a deny of ListBucket* to all but the workload role
  // made every refresh of the bucket return 403 to Terraform, and emptying it before a destroy failed too.
  it('gives the tenant its own bucket that only its workload role, Terraform and the break-glass roles can use', () => {
    const only = (json: TerraformJson) =>
      resourcesOf(json, 'aws_s3_bucket_policy')
        .map((p) => JSON.parse(String(p.policy)))
        .flatMap((p) => p.Statement)
        .find((s: { Sid: string }) => s.Sid === 'DataOnlyForTheTenantRole');
    // Without a named deployer: whoever runs Terraform, as the role behind its session.
    expect(only(acme).Action).toContain('s3:ListBucket*');
    expect(only(acme).Condition.StringNotEquals['aws:PrincipalArn']).toEqual([
      expect.stringMatching(/:role\/acme-workload$/),
      expect.stringMatching(/^\$\{data\.aws_iam_session_context\.deployer\.issuer_arn\}$/),
    ]);
    const named = pooledApp(SETTINGS);
    try {
      expect(only(named.read('tenant-acme')).Condition.StringNotEquals['aws:PrincipalArn']).toEqual([
        expect.stringMatching(/:role\/acme-workload$/),
        'arn:aws:iam::111122223333:role/tt-deployer',
        'arn:aws:iam::111122223333:role/break-glass',
      ]);
    } finally {
      fs.rmSync(named.dir, { recursive: true, force: true });
    }
  });

  // The pool makes its provisioner as the RDS master user, reading the master password through an ephemeral
  // resource (Terraform >= 1.10; hashicorp/aws 5.100 has ephemeral aws_secretsmanager_secret_version), so the password
  // reaches the PostgreSQL provider's configuration only, never state.
  it('makes the pool provisioner with the master password read ephemerally', () => {
    const json = pool;
    expect(ephemeralArguments(json, 'aws_secretsmanager_secret_version', 'database_master_secret')).toEqual({
      secret_id: expect.stringMatching(/^\$\{aws_db_instance\.[^.]+\.master_user_secret\[0\]\.secret_arn\}$/),
    });
    expect(json.data?.aws_secretsmanager_secret_version).toBeUndefined();
    const [provider] = pool.provider!.postgresql as Record<string, unknown>[];
    expect(provider.password).toBe('${jsondecode(ephemeral.aws_secretsmanager_secret_version.database_master_secret.secret_string)["password"]}');
    expect(resourcesOf(pool, 'postgresql_role')).toEqual([
      expect.objectContaining({ name: 'tenant_provisioner', login: true, create_role: true, create_database: true, superuser: false, replication: false }),
    ]);
    // PostgreSQL 16: a CREATEROLE role grants only roles it administers, so the provisioner holds rds_iam WITH ADMIN OPTION.
    expect(resourcesOf(pool, 'postgresql_grant_role')).toEqual([
      expect.objectContaining({ role: expect.stringMatching(/postgresql_role\./), grant_role: 'rds_iam', with_admin_option: true }),
    ]);
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
