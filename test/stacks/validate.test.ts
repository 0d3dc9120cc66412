import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { SpecErrors } from '../../lib/model/errors';
import { synthTenants } from '../../stacks/synth';
import { validateTenants } from '../../stacks/validate';
import { FLEET_SETTINGS_YAML, LOW_FREE_BUDGET_FILES, scratchDir } from '../util';

const leftovers = () => fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('tenant-templates-validate-'));

/** validateTenants' problems, or [] when it passes. */
function problems(tenantsDir: string): string[] {
  try {
    validateTenants({ tenantsDir, warn: () => undefined });
    return [];
  } catch (e) {
    expect(e).toBeInstanceOf(SpecErrors);
    return (e as SpecErrors).errors.map((x) => x.message.split(tenantsDir).join('DIR'));
  }
}

/** What synth prints as errors, without the `error: ` prefixes, or [] when it succeeds. */
function synthProblems(tenantsDir: string, outdir: string): string[] {
  const err: string[] = [];
  synthTenants({ tenantsDir, outdir, stdout: () => undefined, stderr: (t) => err.push(t), warn: () => undefined });
  return err.join('').split(tenantsDir).join('DIR').split('\n').filter((l) => l.startsWith('error: ')).map((l) => l.slice('error: '.length));
}

describe('validateTenants: every check synth runs, nothing written', () => {
  it('passes a valid fleet, leaving no folder behind', () => {
    // A temporary folder of this test's own: other test files, in parallel workers, validate too.
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'tt-validate-tmp-'));
    const spy = jest.spyOn(os, 'tmpdir').mockReturnValue(tmp);
    try {
      passesLeavingNothing();
      expect(spy).toHaveBeenCalled();
    } finally {
      spy.mockRestore();
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  function passesLeavingNothing() {
    const before = leftovers();
    expect(before).toEqual([]);
    const dir = scratchDir({
      '_platform.yaml': FLEET_SETTINGS_YAML,
      'acme.yaml': 'id: acme\ntier: premium\ncloud: aws\nregion: us-east-1\n',
      'beta.yaml': 'id: beta\ntier: free\ncloud: gcp\nregion: europe-west1\n',
    });
    expect(validateTenants({ tenantsDir: dir, warn: () => undefined })).toEqual({
      stacks: ['pool-gcp-europe-west1', 'tenant-beta', 'tenant-acme', 'tenant-acme-workloads'],
      tenants: 2,
    });
    expect(fs.readdirSync(dir).sort()).toEqual(['_platform.yaml', 'acme.yaml', 'beta.yaml']);
    expect(leftovers()).toEqual(before);
    fs.rmSync(dir, { recursive: true });
  }

  it.each([
    [
      'a white-label node no machine type has',
      { 'acme.yaml': 'id: acme\ntier: white-label\ncloud: gcp\nregion: europe-west1\noverrides:\n  storageGb: 100\n  nodes: { vcpu: 640, memoryGiB: 4096, min: 1, desired: 1, max: 2 }\n' },
    ],
    [
      'a pooled tenant over its budget',
      {
        ...LOW_FREE_BUDGET_FILES,
        'acme.yaml': 'id: acme\ntier: free\ncloud: azure\nregion: westeurope\n',
        'beta.yaml': 'id: beta\ntier: standard\ncloud: azure\nregion: westeurope\ncompliance: [gdpr, soc2]\noverrides:\n  storageGb: 200\n  database:\n    storageGb: 100\n    backupRetentionDays: 35\n',
      },
    ],
  ])('reports %s as synth does', (_what, files) => {
    const dir = scratchDir({ 'tenants/_platform.yaml': FLEET_SETTINGS_YAML, ...Object.fromEntries(Object.entries(files).map(([k, v]) => [`tenants/${k}`, v as string])) });
    const tenantsDir = path.join(dir, 'tenants');
    const found = problems(tenantsDir);
    expect(found.length).toBeGreaterThan(0);
    expect(found.join('\n').split('\n')).toEqual(synthProblems(tenantsDir, path.join(dir, 'out')));
    expect(fs.existsSync(path.join(dir, 'out'))).toBe(false);
    fs.rmSync(dir, { recursive: true });
  });

  // Found by the property tests: the geo-backup vault of a GDPR tenant in francecentral sits in francesouth, its pair.
  it.each(['francecentral', 'germanywestcentral', 'swedencentral', 'uksouth', 'northeurope'])(
    'passes a GDPR enterprise tenant in %s, whose geo backups live in its paired EU region',
    (region) => {
      const dir = scratchDir({ '_platform.yaml': FLEET_SETTINGS_YAML, 'acme.yaml': `id: acme\ntier: enterprise\ncloud: azure\nregion: ${region}\ncompliance: [gdpr]\n` });
      expect(problems(dir)).toEqual([]);
      fs.rmSync(dir, { recursive: true });
    },
  );
});
