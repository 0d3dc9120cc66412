import * as fs from 'fs';
import { CLOUDS, Cloud } from '../../lib/model/enums';
import { SpecErrors } from '../../lib/model/errors';
import { tierBudget } from '../../lib/model/tier';
import { validateTenants } from '../../stacks/validate';
import { tiers } from '../../tiers';
import { FLEET_SETTINGS_YAML, scratchDir } from '../util';

/** Three regions of each cloud: pooled tenants alone in the first two, side by side in the third. */
const REGIONS: Record<Cloud, readonly [string, string, string]> = {
  aws: ['us-east-1', 'eu-west-1', 'eu-central-1'],
  azure: ['westeurope', 'northeurope', 'eastus'],
  gcp: ['europe-west1', 'us-central1', 'europe-west4'],
};
const WHITE_LABEL_SIZES = 'overrides:\n  nodes: { vcpu: 4, memoryGiB: 16, min: 2, desired: 2, max: 4 }\n  storageGb: 100\n';

/** A tenant file of `tier` on `cloud` in `region`. */
function tenantFile(id: string, tier: string, cloud: Cloud, region: string): string {
  return `id: ${id}\ntier: ${tier}\ncloud: ${cloud}\nregion: ${region}\n${tier === 'white-label' ? WHITE_LABEL_SIZES : ''}`;
}

// A built-in tier whose smallest tenant costs more than its budget on one cloud cannot be used there at all: synth
// fails for every such tenant. Pooled tiers are the ones at risk (a share of a pool's fixed costs: cluster fee, two
// nodes, a database with a standby); the free tier on Azure, at 125 USD, failed alone in a new pool (about 170 USD)
// and beside a standard tenant (about 185 USD), which budget.byCloud.azure fixes.
describe('built-in tier budgets', () => {
  it.each(CLOUDS)('hold every built-in tier on %s: siloed tiers, pooled tiers alone in a new pool and side by side', (cloud) => {
    const [alone1, alone2, shared] = REGIONS[cloud];
    const files: Record<string, string> = { '_platform.yaml': FLEET_SETTINGS_YAML };
    for (const tier of Object.values(tiers)) {
      if (tier.isolation === 'siloed') files[`${tier.name}.yaml`] = tenantFile(tier.name, tier.name, cloud, alone1);
    }
    files['free-alone.yaml'] = tenantFile('free-alone', 'free', cloud, alone1);
    files['standard-alone.yaml'] = tenantFile('standard-alone', 'standard', cloud, alone2);
    files['free-shared.yaml'] = tenantFile('free-shared', 'free', cloud, shared);
    files['standard-shared.yaml'] = tenantFile('standard-shared', 'standard', cloud, shared);
    const dir = scratchDir(files);
    try {
      const summary = validateTenants({ tenantsDir: dir, warn: () => undefined });
      expect(summary.tenants).toBe(Object.keys(files).length - 1);
    } catch (e) {
      // Every problem at once, so a failure names each tier and its estimate.
      throw new Error(e instanceof SpecErrors ? e.errors.map((x) => x.message).join('\n') : String(e));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads a budget per cloud where a tier sets one', () => {
    expect(tierBudget(tiers.free, 'azure').monthlyUsd).toBe(tiers.free.budget.byCloud!.azure);
    expect(tierBudget(tiers.free, 'aws').monthlyUsd).toBe(tiers.free.budget.monthlyUsd);
    expect(tierBudget(tiers.premium, 'azure').monthlyUsd).toBe(tiers.premium.budget.monthlyUsd);
    expect(tierBudget(tiers.free, 'gcp').warnAtPercent).toBe(80);
  });
});
