import * as fs from 'fs';
import * as path from 'path';
import { parse, parseDocument } from 'yaml';
import { recommendTenant } from '../../../commands/recommend/recommend';
import { tenantFileSnippet } from '../../../commands/recommend/snippet';
import { loadTenants } from '../../../lib/model/load';
import type { ResolvedTenant } from '../../../lib/model/resolve';
import { tiers } from '../../../tiers';
import { scratchDir, REPO_ROOT } from '../../util';
import { UsageFigures, tenantOf, usageOf } from './fixtures';

const TENANTS = path.join(REPO_ROOT, 'tenants');
const recommend = (tenant: ResolvedTenant, figures: UsageFigures) =>
  recommendTenant(tenant, usageOf(figures, tenant.spec.id), { catalogue: tiers, tenants: [tenant], periodDays: 30 });

/** Applies a snippet to a copy of the example tenant file, as a user would, and loads the copy. */
function applySnippet(id: string, snippet: string): ResolvedTenant {
  const doc = parseDocument(fs.readFileSync(path.join(TENANTS, `${id}.yaml`), 'utf8'));
  for (const [key, value] of Object.entries(parse(snippet) as Record<string, unknown>)) doc.set(key, value);
  const dir = scratchDir({ [`${id}.yaml`]: String(doc) });
  try {
    return loadTenants({ dir, catalogue: tiers })[0];
  } finally {
    fs.rmSync(dir, { recursive: true });
  }
}

describe('tenantFileSnippet', () => {
  it('gives the complete overrides block, node counts in flow style, in the README order', () => {
    const [acme] = loadTenants({ dir: TENANTS, catalogue: tiers, only: ['acme'] });
    const snippet = tenantFileSnippet(recommend(acme, { cpu: [5.4, 6], storageGb: 950 }));
    expect(snippet).toBe('overrides:\n  nodes: { min: 3, desired: 3, max: 6 }\n  storageGb: 1190\n');
    expect(applySnippet('acme', snippet!).sizing).toMatchObject({ nodes: { min: 3, desired: 3, max: 6 }, storageGb: 1190 });
  });

  it('gives the tier line and the overrides the new tier needs', () => {
    const [hooli] = loadTenants({ dir: TENANTS, catalogue: tiers, only: ['hooli'] });
    const snippet = tenantFileSnippet(recommend(hooli, { cpu: [1.4, 2.6], memory: [4.5, 6.2], storageGb: 140, dbStorageGb: 45, dbCpu: 14 }));
    expect(snippet).toBe('tier: premium\noverrides:\n  database: { storageGb: 500 }\n');
    const moved = applySnippet('hooli', snippet!);
    expect(moved.tier.name).toBe('premium');
    expect(moved.sizing.database.storageGb).toBe(500);
  });

  it('gives only the tier line when neither file nor tier needs overrides, and clears overrides the new tier drops', () => {
    const umbrella = tenantOf({ tier: 'standard', id: 'umbrella', compliance: ['soc2'] });
    const figures: UsageFigures = { cpu: [3.5, 4.1], memory: [5.2, 6.8], storageGb: 70, dbStorageGb: 38 };
    expect(tenantFileSnippet(recommend(umbrella, figures))).toBe('tier: premium\n');
    const tuned = tenantOf({ tier: 'standard', id: 'umbrella', overrides: { nodes: { max: 2 } } });
    expect(tenantFileSnippet(recommend(tuned, figures))).toBe('tier: premium\noverrides: {}\n');
    expect(applySnippet('umbrella', 'tier: premium\noverrides: {}\n').tier.name).toBe('premium');
  });

  it('gives nothing when the tenant fits', () => {
    expect(tenantFileSnippet(recommend(tenantOf({ tier: 'premium' }), {}))).toBeUndefined();
  });
});
