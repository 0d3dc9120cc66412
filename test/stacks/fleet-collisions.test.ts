import * as fs from 'fs';
import * as path from 'path';
import { STACKS_FOLDER, STACK_FILE, synthStackFiles } from '../../lib/synth-layout';
import { defineTier } from '../../lib/model/tier';
import { synthTenants } from '../../stacks/synth';
import { tiers } from '../../tiers';
import { FLEET_SETTINGS_YAML, scratchDir } from '../util';

type Json = Record<string, unknown>;

/**
 * A fleet with several pooled tenants of each pooled tier on every cloud, in two pools per cloud (pools take 4
 * tenants here), beside siloed tenants: the objects a cluster can hold only once, and the names a cloud holds only
 * once, must each come from exactly one stack.
 */
describe('a fleet of pooled and siloed tenants on every cloud', () => {
  const regions = { aws: 'us-east-1', azure: 'westeurope', gcp: 'europe-west1' } as const;
  // A real fleet's settings (a deployer, runners: Azure and GCP pools sign in to their servers as the deployer).
  const files: Record<string, string> = { 'tenants/_platform.yaml': `${FLEET_SETTINGS_YAML}pools:\n  maxTenants: 4\n` };
  for (const [cloud, region] of Object.entries(regions)) {
    const tiers = ['free', 'free', 'free', 'standard', 'standard', 'standard', 'premium', 'enterprise'];
    tiers.forEach((tier, i) => {
      const id = `${{ aws: 'w', azure: 'z', gcp: 'g' }[cloud]}${tier.slice(0, 2)}${i}`;
      files[`tenants/${id}.yaml`] = `id: ${id}\ntier: ${tier}\ncloud: ${cloud}\nregion: ${region}\n`;
    });
  }
  const dir = scratchDir(files);
  const out = path.join(dir, 'out');
  const stacks = new Map<string, Json>();
  beforeAll(() => {
    const errors: string[] = [];
    // Pools of 4 tenants cost more per tenant than the free and standard budgets assume (a small Azure pool is
    // about 1,100 USD a month): the budgets are raised here, as a platform team would with defineTier.
    const catalogue = {
      ...tiers,
      free: defineTier({ ...tiers.free, budget: { monthlyUsd: 400 } }),
      standard: defineTier({ ...tiers.standard, budget: { monthlyUsd: 800 } }),
    };
    const code = synthTenants({
      tenantsDir: path.join(dir, 'tenants'),
      outdir: out,
      tiers: catalogue,
      stdout: () => undefined,
      stderr: (t) => errors.push(t),
    });
    if (code !== 0) throw new Error(errors.join(''));
    for (const [name, file] of synthStackFiles(out)) stacks.set(name, JSON.parse(fs.readFileSync(file, 'utf8')) as Json);
  }, 180_000);
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** Every resource of a stack: type, logical name and body. */
  const resources = (json: Json) =>
    Object.entries((json.resource ?? {}) as Record<string, Record<string, Json>>).flatMap(([type, byName]) =>
      Object.entries(byName).map(([name, body]) => ({ type, name, body })),
    );

  /** The cluster a stack works in: its pool for pool, pool workloads and slice stacks, itself for a siloed tenant. */
  const clusterOf = (name: string, json: Json): string => {
    const outputs = (json.output ?? {}) as Record<string, Json>;
    if (typeof outputs.pool?.value === 'string') return outputs.pool.value;
    if (name.startsWith('pool-')) return name.replace(/-workloads$/, '');
    return name.replace(/-workloads$/, '');
  };

  it('shards each cloud into two pools, with a workloads stack where the collector has cluster-wide objects', () => {
    const pools = [...stacks.keys()].filter((n) => n.startsWith('pool-')).sort();
    expect(pools).toEqual([
      'pool-aws-us-east-1',
      'pool-aws-us-east-1-2',
      'pool-aws-us-east-1-2-workloads',
      'pool-aws-us-east-1-workloads',
      'pool-azure-westeurope',
      'pool-azure-westeurope-2',
      'pool-azure-westeurope-2-workloads',
      'pool-azure-westeurope-workloads',
      'pool-gcp-europe-west1',
      'pool-gcp-europe-west1-2',
    ]);
    expect(fs.existsSync(path.join(dir, 'tenants', '_fleet.lock.json'))).toBe(true);
    expect(fs.existsSync(path.join(out, STACKS_FOLDER, 'tenant-wfr0', STACK_FILE))).toBe(true);
  });

  it('creates each Kubernetes object of a cluster in one stack only', () => {
    const owners = new Map<string, string[]>();
    for (const [name, json] of stacks) {
      const byRef = new Map<string, string>();
      for (const r of resources(json)) {
        if (r.type !== 'kubernetes_namespace_v1') continue;
        const meta = (Array.isArray(r.body.metadata) ? r.body.metadata[0] : r.body.metadata) as Json;
        byRef.set(`\${kubernetes_namespace_v1.${r.name}.metadata[0].name}`, String(meta.name));
      }
      for (const r of resources(json).filter((x) => x.type.startsWith('kubernetes_'))) {
        const meta = (Array.isArray(r.body.metadata) ? r.body.metadata[0] : r.body.metadata) as Json | undefined;
        const manifest = r.body.manifest as Json | undefined;
        const m = meta ?? ((manifest?.metadata ?? {}) as Json);
        const ns = m.namespace === undefined ? '' : (byRef.get(String(m.namespace)) ?? String(m.namespace));
        const objectName = byRef.get(String(m.name)) ?? String(m.name);
        const key = `${clusterOf(name, json)} ${manifest ? String(manifest.kind) : r.type} ${ns}/${objectName}`;
        owners.set(key, [...(owners.get(key) ?? []), name]);
      }
    }
    expect(owners.size).toBeGreaterThan(100);
    expect([...owners].filter(([, who]) => who.length > 1)).toEqual([]);
    // The cluster-wide collector objects exist once per pool cluster, in its workloads stack.
    expect(owners.get('pool-aws-us-east-1 kubernetes_cluster_role_v1 /aps-collector-role')).toEqual(['pool-aws-us-east-1-workloads']);
    expect(owners.get('pool-azure-westeurope-2 kubernetes_config_map_v1 kube-system/ama-metrics-prometheus-config')).toEqual([
      'pool-azure-westeurope-2-workloads',
    ]);
  });

  it('gives every globally unique cloud name to one stack only', () => {
    // Names a cloud holds once across all its customers: S3 buckets, storage accounts, Key Vaults, Azure Cache and
    // PostgreSQL Flexible Server host names, GCS buckets.
    const GLOBAL: Record<string, string> = {
      aws_s3_bucket: 'bucket',
      azurerm_storage_account: 'name',
      azurerm_key_vault: 'name',
      azurerm_redis_cache: 'name',
      azurerm_postgresql_flexible_server: 'name',
      google_storage_bucket: 'name',
    };
    const owners = new Map<string, string[]>();
    for (const [name, json] of stacks) {
      for (const r of resources(json)) {
        const attr = GLOBAL[r.type];
        if (!attr) continue;
        // S3 buckets named by prefix get a unique suffix from AWS (the provider's bucket_prefix): nothing to clash.
        if (r.body[attr] === undefined && r.body.bucket_prefix !== undefined) continue;
        const key = `${r.type} ${String(r.body[attr])}`;
        owners.set(key, [...(owners.get(key) ?? []), `${name}:${r.name}`]);
      }
    }
    expect(owners.size).toBeGreaterThan(20);
    expect([...owners].filter(([, who]) => who.length > 1)).toEqual([]);
  });

  it('runs one AMP scraper per AWS cluster: the pool scrapes all its tenants, a silo its own', () => {
    const scrapers = [...stacks].flatMap(([name, json]) => resources(json).filter((r) => r.type === 'aws_prometheus_scraper').map(() => name));
    expect(scrapers.sort()).toEqual(['pool-aws-us-east-1-2-workloads', 'pool-aws-us-east-1-workloads', 'tenant-wen7-workloads', 'tenant-wpr6-workloads']);
  });
});
