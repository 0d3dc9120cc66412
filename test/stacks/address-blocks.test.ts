import * as fs from 'fs';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { cidrContains, cidrsOverlap, parseCidr } from '../../lib/model/cidr';
import type { BuildAppOptions } from '../../stacks/app';
import { buildApp } from '../../stacks/app';
import { synthTenants } from '../../stacks/synth';
import { FLEET_SETTINGS, FLEET_SETTINGS_YAML, scratchDir } from '../util';

type Json = { resource: Record<string, Record<string, Record<string, unknown>>> };

const tenant = (id: string, tier: string, cloud: string, region: string) => `id: ${id}\ntier: ${tier}\ncloud: ${cloud}\nregion: ${region}\n`;
/** Siloed tenants on every cloud (two on AWS) and two AWS pools, with a fleet's runner networks (172.31.0.0/20). */
const FLEET: Record<string, string> = {
  'tenants/_platform.yaml': FLEET_SETTINGS_YAML,
  'tenants/acme.yaml': tenant('acme', 'premium', 'aws', 'us-east-1'),
  'tenants/beta.yaml': tenant('beta', 'enterprise', 'aws', 'us-east-1'),
  'tenants/initrode.yaml': tenant('initrode', 'free', 'aws', 'us-east-1'),
  'tenants/umbrella.yaml': tenant('umbrella', 'standard', 'aws', 'eu-central-1'),
  'tenants/contoso.yaml': tenant('contoso', 'premium', 'azure', 'westeurope'),
  'tenants/hooli.yaml': tenant('hooli', 'premium', 'gcp', 'europe-west1'),
};

/** Builds the fleet of `files` and returns each stack's JSON by name and the address blocks handed out. */
function build(files: Record<string, string>, options: Omit<BuildAppOptions, 'tenantsDir'> = {}) {
  const dir = scratchDir(files);
  try {
    const app = new App({ outdir: path.join(dir, 'out'), skipValidation: true });
    const built = buildApp(app, { tenantsDir: path.join(dir, 'tenants'), ...options });
    app.synth();
    const json = (stack: TerraformStack): Json =>
      JSON.parse(fs.readFileSync(path.join(app.outdir, 'stacks', stack.node.id, 'cdk.tf.json'), 'utf8'));
    return { stacks: Object.fromEntries(built.all.map((s) => [s.node.id, json(s)])), blocks: built.addressAllocations };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The one resource of `type` in a stack. */
function only(json: Json, type: string): Record<string, unknown> {
  const all = Object.values(json.resource[type] ?? {});
  expect(all).toHaveLength(1);
  return all[0];
}

describe('buildApp address blocks', () => {
  const { stacks, blocks } = build(FLEET);

  // Every tenant's network was 10.0.0.0/16 (Azure 10.20.0.0/16): one runner network could not reach two tenants, and
  // peering or a transit gateway refuses overlapping ranges (docs.aws.amazon.com/vpc/latest/tgw/tgw-route-tables.html:
  // "Routes to overlapping CIDRs" are not propagated; learn.microsoft.com/azure/virtual-network/virtual-network-peering-overview:
  // "The address spaces of peered virtual networks can't overlap").
  it('gives every siloed tenant and every pool its own block, none overlapping another or the runner networks', () => {
    expect(Object.keys(blocks).sort()).toEqual(['pool/pool-aws-eu-central-1', 'pool/pool-aws-us-east-1', 'tenant/acme', 'tenant/beta', 'tenant/contoso', 'tenant/hooli']);
    const all = Object.values(blocks).map(parseCidr);
    all.forEach((a, i) => all.slice(i + 1).forEach((b) => expect(cidrsOverlap(a, b)).toBe(false)));
    for (const runner of FLEET_SETTINGS.runners!.cidrs!) all.forEach((block) => expect(cidrsOverlap(block, parseCidr(runner))).toBe(false));
  });

  it('builds each network in its owner\'s block', () => {
    // AWS: aws_vpc.cidr_block, the VPC's primary range (registry.terraform.io/providers/hashicorp/aws/5.100.0/docs/resources/vpc).
    expect(only(stacks['tenant-acme'], 'aws_vpc').cidr_block).toBe(blocks['tenant/acme']);
    expect(only(stacks['tenant-beta'], 'aws_vpc').cidr_block).toBe(blocks['tenant/beta']);
    expect(only(stacks['pool-aws-us-east-1'], 'aws_vpc').cidr_block).toBe(blocks['pool/pool-aws-us-east-1']);
    // Azure: azurerm_virtual_network.address_space (azurerm 4.x docs, virtual_network).
    expect(only(stacks['tenant-contoso'], 'azurerm_virtual_network').address_space).toEqual([blocks['tenant/contoso']]);
    // GCP: the subnetwork's primary range and its pod and service secondary ranges (google 6.x docs,
    // compute_subnetwork ip_cidr_range, secondary_ip_range), and the GKE control plane's /28
    // (container_cluster private_cluster_config.master_ipv4_cidr_block), all cut from the tenant's block.
    const hooli = parseCidr(blocks['tenant/hooli']);
    const subnetwork = only(stacks['tenant-hooli'], 'google_compute_subnetwork') as { ip_cidr_range: string; secondary_ip_range: { ip_cidr_range: string }[] };
    const cluster = only(stacks['tenant-hooli'], 'google_container_cluster') as { private_cluster_config: { master_ipv4_cidr_block: string } };
    const ranges = [subnetwork.ip_cidr_range, ...subnetwork.secondary_ip_range.map((r) => r.ip_cidr_range), cluster.private_cluster_config.master_ipv4_cidr_block];
    expect(ranges).toHaveLength(4);
    ranges.forEach((range) => expect(cidrContains(hooli, parseCidr(range))).toBe(true));
  });

  it('never moves a recorded block: a new owner gets the lowest free one; a whole synth releases a gone owner\'s block', () => {
    const previous = { 'tenant/beta': blocks['tenant/acme'], 'tenant/gone': blocks['tenant/beta'] };
    const again = build(FLEET, { addressAllocations: previous });
    expect(again.blocks['tenant/beta']).toBe(previous['tenant/beta']);
    expect(again.blocks['tenant/gone']).toBeUndefined();
    expect(Object.values(again.blocks).filter((b) => b === again.blocks['tenant/acme'])).toHaveLength(1);
    expect(only(again.stacks['tenant-beta'], 'aws_vpc').cidr_block).toBe(previous['tenant/beta']);
    // A synth of some tenants knows only part of the fleet: it keeps every recorded block.
    const partial = build(FLEET, { only: ['acme'], addressAllocations: previous });
    expect(partial.blocks['tenant/gone']).toBe(previous['tenant/gone']);
    expect(partial.blocks['tenant/acme']).not.toBe(previous['tenant/gone']);
  });

  it('gives a tenant or a pool built alone the block a whole synth gives it, once the lock records the fleet', () => {
    const alone = build(FLEET, { only: ['beta'], addressAllocations: blocks });
    expect(Object.keys(alone.stacks).sort()).toEqual(['tenant-beta', 'tenant-beta-workloads']);
    expect(only(alone.stacks['tenant-beta'], 'aws_vpc').cidr_block).toBe(blocks['tenant/beta']);
    const pool = build(FLEET, { only: ['initrode'], addressAllocations: blocks });
    expect(Object.keys(pool.stacks)).toContain('pool-aws-us-east-1');
    expect(only(pool.stacks['pool-aws-us-east-1'], 'aws_vpc').cidr_block).toBe(blocks['pool/pool-aws-us-east-1']);
  });
});

describe('address blocks in the fleet lock (tenants/_fleet.lock.json)', () => {
  const files = {
    'tenants/_platform.yaml': FLEET_SETTINGS_YAML,
    'tenants/pa.yaml': tenant('pa', 'free', 'aws', 'us-east-1'),
    'tenants/sb.yaml': tenant('sb', 'premium', 'aws', 'us-east-1'),
    'tenants/sc.yaml': tenant('sc', 'premium', 'aws', 'us-east-1'),
  };
  const vpcOf = (out: string, stack: string): string =>
    only(JSON.parse(fs.readFileSync(path.join(out, 'stacks', stack, 'cdk.tf.json'), 'utf8')) as Json, 'aws_vpc').cidr_block as string;

  // A changed aws_vpc.cidr_block replaces the VPC (terraform-provider-aws internal/service/ec2/vpc_.go,
  // resourceVPCCustomizeDiff: `diff.ForceNew(names.AttrCIDRBlock)` when it changes and no IPAM netmask is set), and
  // with it every subnet, cluster and database in it. Blocks handed out by owner order alone would move every later
  // tenant's network when a tenant whose id sorts first is added; the lock records each block, as it records pools.
  it('records every block, so a tenant added first in order moves nobody; --frozen refuses a new block; a removed tenant releases its own', () => {
    const dir = scratchDir(files);
    const tenants = path.join(dir, 'tenants');
    const out: string[] = [];
    let n = 0;
    const synth = (frozen = false, errors: string[] = []) => {
      const outdir = path.join(dir, `out${n++}`);
      const code = synthTenants({ tenantsDir: tenants, outdir, frozen, stdout: (t) => out.push(t), stderr: (t) => errors.push(t) });
      return { code, outdir };
    };
    const lock = () => JSON.parse(fs.readFileSync(path.join(tenants, '_fleet.lock.json'), 'utf8')) as { addresses: Record<string, string> };
    try {
      const first = synth();
      expect(first.code).toBe(0);
      const recorded = lock().addresses;
      expect(Object.keys(recorded)).toEqual(['pool/pool-aws-us-east-1', 'tenant/sb', 'tenant/sc']);
      expect(vpcOf(first.outdir, 'tenant-sb')).toBe(recorded['tenant/sb']);
      expect(out.join('')).toContain(`fleet lock: tenant/sb given address block ${recorded['tenant/sb']}`);

      fs.writeFileSync(path.join(tenants, 'aa.yaml'), tenant('aa', 'premium', 'aws', 'us-east-1'));
      const errors: string[] = [];
      expect(synth(true, errors).code).toBe(1);
      expect(errors.join('')).toMatch(/_fleet\.lock\.json is out of date \(tenant\/aa given address block 10\.\d+\.\d+\.\d+\/17\); run `tenants synth` without --frozen/);

      const added = synth();
      expect(added.code).toBe(0);
      expect(vpcOf(added.outdir, 'tenant-sb')).toBe(recorded['tenant/sb']);
      expect(vpcOf(added.outdir, 'tenant-sc')).toBe(recorded['tenant/sc']);
      expect(vpcOf(added.outdir, 'pool-aws-us-east-1')).toBe(recorded['pool/pool-aws-us-east-1']);
      expect(Object.values(recorded)).not.toContain(lock().addresses['tenant/aa']);
      expect(synth(true).code).toBe(0);

      fs.rmSync(path.join(tenants, 'sb.yaml'));
      expect(synth().code).toBe(0);
      expect(lock().addresses['tenant/sb']).toBeUndefined();
      expect(out.join('')).toContain(`fleet lock: tenant/sb released address block ${recorded['tenant/sb']}`);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('records the block of a tenant synthesized alone, which a later whole synth keeps', () => {
    const dir = scratchDir(files);
    const tenants = path.join(dir, 'tenants');
    const synth = (outdir: string, only?: string[]) =>
      synthTenants({ tenantsDir: tenants, outdir: path.join(dir, outdir), only, stdout: () => undefined, stderr: () => undefined });
    const lock = () => JSON.parse(fs.readFileSync(path.join(tenants, '_fleet.lock.json'), 'utf8')) as { addresses: Record<string, string> };
    try {
      expect(synth('alone', ['sc'])).toBe(0);
      const block = lock().addresses['tenant/sc'];
      expect(vpcOf(path.join(dir, 'alone'), 'tenant-sc')).toBe(block);
      expect(synth('all')).toBe(0);
      expect(lock().addresses['tenant/sc']).toBe(block);
      expect(vpcOf(path.join(dir, 'all'), 'tenant-sc')).toBe(block);
      expect(new Set(Object.values(lock().addresses)).size).toBe(Object.keys(lock().addresses).length);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  it('refuses a lock whose block is not a CIDR, naming the file and the owner', () => {
    const dir = scratchDir({
      ...files,
      'tenants/_fleet.lock.json': JSON.stringify({ lockfileVersion: 1, pools: {}, addresses: { 'tenant/sb': '10.0.0.0/33' } }),
    });
    const errors: string[] = [];
    try {
      const code = synthTenants({ tenantsDir: path.join(dir, 'tenants'), outdir: path.join(dir, 'out'), stdout: () => undefined, stderr: (t) => errors.push(t) });
      expect(code).toBe(1);
      expect(errors.join('')).toMatch(/_fleet\.lock\.json: not a fleet lock file of version 1 \(addresses\.tenant\/sb: /);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
