import { Testing } from 'cdktf';
import { isBlocking } from '../../lib/policy/finding';
import { checkStack, formatFinding } from '../../lib/policy/synth';
import type { Cloud } from '../../lib/spec/enums';
import { CLOUD_BUILDERS } from '../../stacks/clouds';
import { TenantStack } from '../../stacks/tenant-stack';
import { tiers } from '../../tiers';
import { tenantOf } from '../util';

/** EU regions, so the GDPR pack's residency rule holds. */
const EU_REGION: Record<Cloud, string> = { aws: 'eu-central-1', azure: 'westeurope', gcp: 'europe-west1' };
const WHITE_LABEL_SIZE = { nodes: { vcpu: 8, memoryGiB: 32, min: 3, desired: 3, max: 6 }, storageGb: 2000 };

const clouds = Object.keys(CLOUD_BUILDERS) as Cloud[];
const siloed = Object.values(tiers).filter((t) => t.isolation === 'siloed');
const cases = clouds.flatMap((cloud) => siloed.map((tier) => [tier.name, cloud] as const));

// Secure by default, proved: every tier on every cloud, claiming every framework it allows, has no error finding.
describe('secure by default', () => {
  it.each(cases)('%s on %s passes baseline and every framework the tier allows', (tierName, cloud) => {
    const tier = tiers[tierName];
    const tenant = tenantOf({
      tier: tierName,
      cloud,
      region: EU_REGION[cloud],
      compliance: [...tier.compliance.allowed],
      overrides: tier.nodes === 'custom' ? WHITE_LABEL_SIZE : {},
    });
    const stack = new TenantStack(Testing.app(), { tenant });
    const report = checkStack(stack, tenant);
    expect(report.findings.filter(isBlocking).map(formatFinding)).toEqual([]);
    expect(report.summary.passed).toBeGreaterThan(20);
  });
});
