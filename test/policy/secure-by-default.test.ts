import * as fs from 'fs';
import * as path from 'path';
import { App, Testing } from 'cdktf';
import { loadPlatformSettings } from '../../lib/model/platform-settings';
import { isBlocking } from '../../lib/policy/finding';
import { checkStack, checkSubject, formatFinding, tenantSubject } from '../../lib/policy/synth';
import type { Cloud } from '../../lib/model/enums';
import { buildApp } from '../../stacks/app';
import { CLOUD_KITS } from '../../lib/cloud-kit/registry';
import { TenantStack, TenantStackProps } from '../../stacks/tenant-stack';
import { tiers } from '../../tiers';
import { FLEET_SETTINGS_YAML, REPO_ROOT, scratchDir, tenantOf } from '../util';

/** EU regions, so the GDPR pack's residency rule holds. */
const EU_REGION: Record<Cloud, string> = { aws: 'eu-central-1', azure: 'westeurope', gcp: 'europe-west1' };
const WHITE_LABEL_SIZE = { nodes: { vcpu: 8, memoryGiB: 32, min: 3, desired: 3, max: 6 }, storageGb: 2000 };

const clouds = Object.keys(CLOUD_KITS) as Cloud[];
const siloed = Object.values(tiers).filter((t) => t.isolation === 'siloed');
/** The example fleet's settings (tenants/_platform.yaml): a transit gateway, a peered VNet, GKE's DNS endpoint. */
const EXAMPLE_SETTINGS = loadPlatformSettings(path.join(REPO_ROOT, 'tenants'));

const cases = clouds.flatMap((cloud) => siloed.map((tier) => [tier.name, cloud] as const));

/** A siloed tenant of `tierName` on `cloud` claiming every framework its tier allows, checked under its own packs. */
function checkSiloed(tierName: string, cloud: Cloud, props: Omit<TenantStackProps, 'tenant'> = {}) {
  const tier = tiers[tierName];
  const tenant = tenantOf({
    tier: tierName,
    cloud,
    region: EU_REGION[cloud],
    compliance: [...tier.compliance.allowed],
    overrides: tier.nodes === 'custom' ? WHITE_LABEL_SIZE : {},
  });
  return checkStack(new TenantStack(Testing.app(), { tenant, ...props }), tenant);
}

// Secure by default, proved: every tier on every cloud, claiming every framework it allows, has no error finding.
describe('secure by default', () => {
  it.each(cases)('%s on %s passes baseline and every framework the tier allows', (tierName, cloud) => {
    const report = checkSiloed(tierName, cloud);
    expect(report.findings.filter(isBlocking).map((f) => formatFinding(f))).toEqual([]);
    // Every rule decides our own stacks: no value a rule reads is left unknown.
    expect(report.findings.filter((f) => f.status === 'undecided').map((f) => formatFinding(f))).toEqual([]);
    expect(report.summary.passed).toBeGreaterThan(20);
  });
});

// The same with a real fleet's settings: runner networks admitted to private endpoints and control planes, the
// deployer and admins granted on the clusters, alert receivers, each tenant in its own address block.
describe('secure by default, with a real fleet\'s settings', () => {
  const blocks: Record<Cloud, string> = { aws: '10.1.0.0/17', azure: '10.128.0.0/18', gcp: '10.192.0.0/16' };
  it.each(cases)('%s on %s passes baseline and every framework the tier allows', (tierName, cloud) => {
    const report = checkSiloed(tierName, cloud, { settings: EXAMPLE_SETTINGS, addressBlock: blocks[cloud] });
    expect(report.findings.filter(isBlocking).map((f) => formatFinding(f))).toEqual([]);
    expect(report.summary.passed).toBeGreaterThan(20);
  });
});

// Pooled tiers: the pool answers to every framework its tenants claim, each slice to its tenant's.
describe('secure by default, pooled', () => {
  const pooled = Object.values(tiers).filter((t) => t.isolation === 'pooled');
  it.each(clouds.flatMap((cloud) => pooled.map((tier) => [tier.name, cloud] as const)))(
    '%s tenants and their pool on %s pass every framework the tier allows',
    (tierName, cloud) => {
      const allowed = tiers[tierName].compliance.allowed;
      const dir = scratchDir({
        'tenants/acme.yaml': `id: acme\ntier: ${tierName}\ncloud: ${cloud}\nregion: ${EU_REGION[cloud]}\ncompliance: [${allowed.join(', ')}]\n`,
        // A real fleet's settings: pools sign in to their servers as the deployer, and the runners reach them.
        'tenants/_platform.yaml': FLEET_SETTINGS_YAML,
      });
      const app = new App({ outdir: path.join(dir, 'out'), skipValidation: true });
      const built = buildApp(app, { tenantsDir: path.join(dir, 'tenants') });
      const [slice] = built.sliceStacks;
      const [pool] = built.poolStacks;
      const sliceReport = checkSubject(slice, tenantSubject(slice.tenant));
      const poolReport = checkSubject(pool, { target: pool.node.id, compliance: allowed });
      expect(sliceReport.findings.filter(isBlocking).map((f) => formatFinding(f))).toEqual([]);
      expect(poolReport.findings.filter(isBlocking).map((f) => formatFinding(f))).toEqual([]);
      expect([...sliceReport.findings, ...poolReport.findings].filter((f) => f.status === 'undecided').map((f) => formatFinding(f))).toEqual([]);
      expect(poolReport.summary.passed).toBeGreaterThan(20);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  );
});
