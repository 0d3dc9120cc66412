import { Testing } from 'cdktf';
import { CLOUDS, Cloud } from '../../lib/model/enums';
import { CLOUD_TAG_LIMITS, maxTenantTags, tagIssues } from '../../lib/model/tags';
import { TenantStack } from '../../stacks/tenant-stack';
import { tenantOf } from '../util';

const REGION: Record<Cloud, string> = { aws: 'us-east-1', azure: 'westeurope', gcp: 'europe-west1' };

type Json = Record<string, unknown>;
const keysOf = (v: unknown): string[] => (v && typeof v === 'object' ? Object.keys(v) : []);

/** Tags (labels) every resource of a synthesized stack ends up with, the provider's defaults merged in. */
function tagCounts(json: Json): number[] {
  const providers = (json.provider ?? {}) as Record<string, Json[]>;
  const defaults = [...(providers.aws ?? []), ...(providers.google ?? [])].flatMap((p) => [
    ...((p.default_tags as Json[] | undefined) ?? []).flatMap((t) => keysOf(t.tags)),
    ...keysOf(p.default_labels),
  ]);
  const counts: number[] = [];
  for (const byName of Object.values((json.resource ?? {}) as Record<string, Record<string, Json>>)) {
    for (const body of Object.values(byName)) {
      const own = keysOf(body.tags ?? body.labels ?? body.resource_labels);
      if (own.length > 0 || defaults.length > 0) counts.push(new Set([...own, ...defaults]).size);
    }
  }
  return counts;
}

describe('tag limits', () => {
  // With as many tags as the file may have, the most-tagged resource of each cloud is at the cloud's limit, not above:
  // CONSTRUCT_TAGS_PER_RESOURCE matches what the constructs add.
  it.each(CLOUDS)('a %s tenant with the most tags allowed reaches, and never passes, the per-resource limit', (cloud) => {
    const tags = Object.fromEntries(Array.from({ length: maxTenantTags(cloud) }, (_, i) => [`k${i}`, `v${i}`]));
    const tenant = tenantOf({ tier: 'premium', cloud, region: REGION[cloud], tags });
    const json = JSON.parse(Testing.synth(new TenantStack(Testing.app(), { tenant })));
    expect(Math.max(...tagCounts(json))).toBe(CLOUD_TAG_LIMITS[cloud]);
  });

  it('reports too many tags, platform keys, reserved prefixes and Azure-forbidden characters', () => {
    const many = Object.fromEntries(Array.from({ length: 45 }, (_, i) => [`k${i}`, 'v']));
    expect(tagIssues(many, 'aws').map((i) => i.message)).toEqual([
      '45 tags, but a resource on aws takes at most 50 and the platform sets up to 6 of them, so at most 44; remove some or combine them into one value',
    ]);
    expect(tagIssues({ tier: 'x', 'aws:team': 'y' }, 'aws').map((i) => i.path)).toEqual([['tags', 'tier'], ['tags', 'aws:team']]);
    expect(tagIssues({ 'team/name': 'x' }, 'azure')).toHaveLength(1);
    expect(tagIssues({ 'team/name': 'x' }, 'aws')).toEqual([]);
  });
});
