import * as fs from 'fs';
import * as path from 'path';
import { SpecErrors } from '../../lib/model/errors';
import { loadTenants, parseTenantList } from '../../lib/model/load';
import { tiers } from '../../tiers';
import { scratchDir } from '../util';

const ACME = `id: acme
tier: premium
cloud: aws
region: us-east-1
`;

/** Loads a folder of tenant files and returns the error text, or fails when loading succeeds. */
function errorOf(files: Record<string, string>, only?: string[]): string {
  const dir = scratchDir(files);
  try {
    loadTenants({ dir, catalogue: tiers, only });
  } catch (e) {
    expect(e).toBeInstanceOf(SpecErrors);
    // Messages show files outside the working folder by their absolute path: keep the file names only.
    return (e as Error).message.split(dir + path.sep).join('').split(dir).join('DIR');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
  throw new Error('expected loading to fail');
}

describe('loadTenants', () => {
  it('loads valid tenants with the tier defaults applied', () => {
    const dir = scratchDir({ 'acme.yaml': ACME });
    const [tenant] = loadTenants({ dir, catalogue: tiers });
    fs.rmSync(dir, { recursive: true });
    expect(tenant.spec.id).toBe('acme');
    expect(tenant.tier.name).toBe('premium');
    expect(tenant.sizing.nodes).toEqual({ vcpu: 4, memoryGiB: 8, min: 2, desired: 2, max: 4 });
    expect(tenant.sizing.zones).toEqual(['us-east-1a', 'us-east-1b', 'us-east-1c']);
    expect(tenant.spec.backend).toEqual({ type: 'local', path: 'terraform.{stack}.tfstate' });
  });

  it('reports malformed YAML with the file and line', () => {
    expect(errorOf({ 'acme.yaml': 'id: acme\ntier: premium\ncloud: [aws\nregion: us-east-1\n' })).toMatch(
      /acme\.yaml:\d+: not valid YAML: .+; fix the syntax on that line/,
    );
  });

  it('reports an unknown tier with the line and the tiers to choose from', () => {
    expect(errorOf({ 'acme.yaml': ACME.replace('premium', 'gold') })).toBe(
      "tenant 'acme' (acme.yaml:2): unknown tier 'gold'; use one of: free, standard, premium, enterprise, enterprise-plus, white-label",
    );
  });

  it('reports an unknown field with its line', () => {
    expect(errorOf({ 'acme.yaml': `${ACME}colour: blue\n` })).toBe(
      "tenant 'acme' (acme.yaml:5): unknown field 'colour'; remove it or fix its spelling",
    );
  });

  it('reports an unknown nested field with its path and line', () => {
    expect(errorOf({ 'acme.yaml': `${ACME}overrides:\n  nodes:\n    maximum: 4\n` })).toBe(
      "tenant 'acme' (acme.yaml:7): unknown field 'overrides.nodes.maximum'; remove it or fix its spelling",
    );
  });

  it('reports a duplicate tenant id naming both files', () => {
    expect(errorOf({ 'acme.yaml': ACME, 'acme.yml': ACME })).toBe(
      "tenant 'acme' (acme.yml:1): id is already used by acme.yaml:1; give each tenant its own id",
    );
  });

  it('reports a region the cloud does not have, with the valid ones', () => {
    expect(errorOf({ 'acme.yaml': ACME.replace('us-east-1', 'westeurope') })).toMatch(
      /^tenant 'acme' \(acme\.yaml:4\): region: 'westeurope' is not a region this library knows on aws; use one of: us-east-1, /,
    );
  });

  it('reports an override above the tier bound, and how to fix it', () => {
    expect(errorOf({ 'acme.yaml': `${ACME}overrides:\n  nodes:\n    max: 40\n` })).toBe(
      "tenant 'acme' (acme.yaml:7): overrides.nodes.max 40 exceeds the premium tier bound 6; raise the tier or lower overrides.nodes.max",
    );
  });

  it('reports a storage override above the tier bound', () => {
    expect(errorOf({ 'acme.yaml': `${ACME}overrides:\n  storageGb: 90000\n` })).toBe(
      "tenant 'acme' (acme.yaml:6): overrides.storageGb 90000 exceeds the premium tier bound 2000; raise the tier or lower overrides.storageGb",
    );
  });

  it('refuses to lower backup retention below the tier', () => {
    expect(errorOf({ 'acme.yaml': `${ACME}overrides:\n  database:\n    backupRetentionDays: 3\n` })).toBe(
      "tenant 'acme' (acme.yaml:7): overrides.database.backupRetentionDays 3 is below the premium tier's 14; an override may only raise it",
    );
  });

  it('refuses a node size on a tier with fixed nodes', () => {
    expect(errorOf({ 'acme.yaml': `${ACME}overrides:\n  nodes:\n    vcpu: 64\n` })).toMatch(
      /acme\.yaml:7\): the premium tier fixes the node size \(4 vCPU \/ 8 GiB\); remove overrides\.nodes\.vcpu or pick a bigger tier/,
    );
  });

  it('requires explicit sizes for white-label tenants', () => {
    const message = errorOf({ 'acme.yaml': ACME.replace('premium', 'white-label') });
    expect(message).toContain(
      "tenant 'acme' (acme.yaml): the white-label tier has no fixed node size; set overrides.nodes.vcpu, overrides.nodes.memoryGiB, overrides.nodes.min, overrides.nodes.desired, overrides.nodes.max",
    );
    expect(message).toContain('the white-label tier has no fixed value; set overrides.storageGb');
  });

  it('refuses a framework the tier may not claim', () => {
    expect(errorOf({ 'acme.yaml': ACME.replace('premium', 'standard') + 'compliance: [soc2, hipaa]\n' })).toBe(
      "tenant 'acme' (acme.yaml:5): the standard tier may not claim 'hipaa' (allowed: gdpr, soc2); raise the tier or remove it",
    );
  });

  it('reports an unknown framework', () => {
    expect(errorOf({ 'acme.yaml': `${ACME}compliance: [hippa]\n` })).toMatch(
      "tenant 'acme' (acme.yaml:5): compliance[0]: must be one of: hipaa, pci-dss, soc2, gdpr, sox, iso27001 (got 'hippa')",
    );
  });

  it.each([
    ['Acme', 'use two or more lowercase letters, digits and single hyphens'],
    ['acme--corp', 'use two or more lowercase letters, digits and single hyphens'],
    ['acme-', 'use two or more lowercase letters, digits and single hyphens'],
    ['x', 'use two or more lowercase letters, digits and single hyphens'],
    ['a-very-long-tenant-name', 'at most 19 characters (the tightest resource name it feeds)'],
  ])('rejects the id %s, which would break a resource name', (id, message) => {
    expect(errorOf({ 'acme.yaml': ACME.replace('id: acme', `id: ${id}`) })).toContain(`(acme.yaml:1): id: ${message}`);
  });

  it('reports a missing required field', () => {
    expect(errorOf({ 'acme.yaml': 'id: acme\ntier: premium\ncloud: aws\n' })).toBe(
      "tenant 'acme' (acme.yaml): region: is required",
    );
  });

  it('reports every problem in every file at once', () => {
    const message = errorOf({
      'acme.yaml': ACME.replace('premium', 'gold'),
      'beta.yaml': ACME.replace('acme', 'beta') + 'colour: blue\n',
    });
    expect(message.split('\n')).toHaveLength(2);
  });

  it('says when a file is not a mapping', () => {
    expect(errorOf({ 'acme.yaml': '- id: acme\n' })).toBe(
      'acme.yaml: a tenant file must be a YAML mapping (id, tier, cloud, region, ...)',
    );
  });

  it('loads only the selected tenants', () => {
    const dir = scratchDir({ 'acme.yaml': ACME, 'beta.yaml': ACME.replace('acme', 'beta') });
    const loaded = loadTenants({ dir, catalogue: tiers, only: ['beta'] });
    fs.rmSync(dir, { recursive: true });
    expect(loaded.map((t) => t.spec.id)).toEqual(['beta']);
  });

  it('ignores mistakes in tenants that were not selected', () => {
    const dir = scratchDir({ 'acme.yaml': ACME, 'beta.yaml': ACME.replace('acme', 'beta').replace('premium', 'gold') });
    const loaded = loadTenants({ dir, catalogue: tiers, only: ['acme'] });
    fs.rmSync(dir, { recursive: true });
    expect(loaded.map((t) => t.spec.id)).toEqual(['acme']);
  });

  it('reports a selected tenant that does not exist', () => {
    expect(errorOf({ 'acme.yaml': ACME }, ['acme', 'nobody'])).toMatch(
      /^tenant 'nobody' was asked for, but no file in 'DIR' has that id \(known: acme\); check the spelling$/,
    );
  });

  it('reports a missing tenant folder', () => {
    expect(() => loadTenants({ dir: '/nonexistent/tenants', catalogue: tiers })).toThrow(
      "tenant folder '/nonexistent/tenants' does not exist; create it with one <id>.yaml file per tenant",
    );
  });
});

describe('parseTenantList', () => {
  it('splits and trims a comma-separated list', () => {
    expect(parseTenantList(' acme, globex ,,')).toEqual(['acme', 'globex']);
    expect(parseTenantList(undefined)).toEqual([]);
  });
});
