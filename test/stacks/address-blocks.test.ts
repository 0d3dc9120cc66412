import * as fs from 'fs';
import * as path from 'path';
import { App, TerraformStack } from 'cdktf';
import { cidrContains, cidrsOverlap, parseCidr } from '../../lib/model/cidr';
import type { BuildAppOptions } from '../../stacks/app';
import { buildApp } from '../../stacks/app';
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

  it('never moves a recorded block: a new owner gets the lowest free one, and a tenant leaving frees nothing it held', () => {
    const previous = { 'tenant/beta': blocks['tenant/acme'], 'tenant/gone': blocks['tenant/beta'] };
    const again = build(FLEET, { addressAllocations: previous });
    expect(again.blocks['tenant/beta']).toBe(previous['tenant/beta']);
    expect(again.blocks['tenant/gone']).toBe(previous['tenant/gone']);
    expect(Object.values(again.blocks).filter((b) => b === again.blocks['tenant/acme'])).toHaveLength(1);
    expect(only(again.stacks['tenant-beta'], 'aws_vpc').cidr_block).toBe(previous['tenant/beta']);
  });

  it('gives a tenant or a pool built alone the block a whole synth gives it', () => {
    const alone = build(FLEET, { only: ['beta'] });
    expect(Object.keys(alone.stacks).sort()).toEqual(['tenant-beta', 'tenant-beta-workloads']);
    expect(only(alone.stacks['tenant-beta'], 'aws_vpc').cidr_block).toBe(blocks['tenant/beta']);
    const pool = build(FLEET, { only: ['initrode'] });
    expect(Object.keys(pool.stacks)).toContain('pool-aws-us-east-1');
    expect(only(pool.stacks['pool-aws-us-east-1'], 'aws_vpc').cidr_block).toBe(blocks['pool/pool-aws-us-east-1']);
  });
});
