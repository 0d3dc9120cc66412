import { renderRecommendMarkdown } from '../../../../commands/recommend/render/markdown';
import { report } from './fixture';

describe('renderRecommendMarkdown', () => {
  const md = renderRecommendMarkdown(report);

  it('has a summary table with a row per tenant', () => {
    expect(md).toMatch(/^## Tenant rightsizing\n/);
    expect(md).toContain('| tenant | tier | verdict | CPU p95/cap (cores) |');
    expect(md).toContain('| acme | premium | resize | 5.4/6.34 (85%) | 7.2/11.06 (65%) | 620/1000 (62%) | 58/100 (58%) | nodes.min 2 → 3, nodes.desired 2 → 3 | 761.87 → 889.97 (+128.10) |');
  });

  it('gives each change a section with the YAML for its tenant file and the migration link', () => {
    expect(md).toContain('### acme: resize\n\n**nodes.min 2 → 3, nodes.desired 2 → 3**');
    expect(md).toContain('In `tenants/acme.yaml`:\n\n```yaml\noverrides:\n  nodes: { min: 3, desired: 3, max: 6 }\n```');
    expect(md).toContain('In `tenants/umbrella.yaml`:\n\n```yaml\ntier: premium\n```');
    expect(md).toContain('[docs/pools.md#moving-a-tenant-from-standard-to-premium-pool-to-silo](docs/pools.md#moving-a-tenant-from-standard-to-premium-pool-to-silo)');
    expect(md).not.toContain('### globex');
    expect(md).toContain('### Notes on tenants that fit\n\n- globex: storage used 100 of 5000 GB');
  });

  it('links docs to a base URL when given one', () => {
    expect(renderRecommendMarkdown(report, 'https://example.com/repo/blob/main/')).toContain(
      '(https://example.com/repo/blob/main/docs/pools.md#moving-a-tenant-from-standard-to-premium-pool-to-silo)',
    );
  });
});
