// A generated fleet for the benchmark and the fleet-scale tests: tenant files in the mix a SaaS has (mostly free
// and standard), spread over three clouds in seven regions. Deterministic: the same count and seed give the same files.

/** Share of each tier in a generated fleet (sums to 1): 60 % free, 25 % standard, 10 % premium, 4 % enterprise, 1 % enterprise-plus. */
export const FLEET_MIX: readonly { readonly tier: string; readonly share: number }[] = [
  { tier: 'free', share: 0.6 },
  { tier: 'standard', share: 0.25 },
  { tier: 'premium', share: 0.1 },
  { tier: 'enterprise', share: 0.04 },
  { tier: 'enterprise-plus', share: 0.01 },
];

/** The seven regions a generated fleet lives in. */
export const FLEET_REGIONS: readonly { readonly cloud: 'aws' | 'azure' | 'gcp'; readonly region: string }[] = [
  { cloud: 'aws', region: 'us-east-1' },
  { cloud: 'aws', region: 'us-west-2' },
  { cloud: 'aws', region: 'eu-central-1' },
  { cloud: 'azure', region: 'westeurope' },
  { cloud: 'azure', region: 'eastus' },
  { cloud: 'gcp', region: 'europe-west1' },
  { cloud: 'gcp', region: 'us-central1' },
];

/** A small, seedable pseudo-random generator (mulberry32): the fleet must not change between runs. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One generated tenant file. */
export interface GeneratedTenant {
  readonly id: string;
  readonly tier: string;
  readonly cloud: string;
  readonly region: string;
  /** The file's name and text. */
  readonly file: string;
  readonly yaml: string;
}

/**
 * `count` tenants `t0001`, `t0002`, ... with tiers in FLEET_MIX proportions (exact counts, shuffled) and regions
 * drawn from FLEET_REGIONS.
 */
export function generateFleet(count: number, seed = 1): GeneratedTenant[] {
  const next = random(seed);
  const tiers: string[] = [];
  for (const { tier, share } of FLEET_MIX) for (let i = 0; i < Math.round(count * share); i++) tiers.push(tier);
  while (tiers.length < count) tiers.push('free');
  tiers.length = count;
  for (let i = tiers.length - 1; i > 0; i--) {
    const j = Math.floor(next() * (i + 1));
    [tiers[i], tiers[j]] = [tiers[j], tiers[i]];
  }
  const width = Math.max(4, String(count).length);
  return tiers.map((tier, i) => {
    const id = `t${String(i + 1).padStart(width, '0')}`;
    const { cloud, region } = FLEET_REGIONS[Math.floor(next() * FLEET_REGIONS.length)];
    const yaml = `id: ${id}\ntier: ${tier}\ncloud: ${cloud}\nregion: ${region}\n`;
    return { id, tier, cloud, region, file: `${id}.yaml`, yaml };
  });
}
