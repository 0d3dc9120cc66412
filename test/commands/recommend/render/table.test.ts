import { renderRecommendTable } from '../../../../commands/recommend/render/table';
import { report } from './fixture';

describe('renderRecommendTable', () => {
  const text = renderRecommendTable(report);
  const lines = text.split('\n');

  it('prints the headline, then an aligned table with one row per tenant', () => {
    expect(lines[0]).toMatch(/^Rightsizing from examples\/usage.json/);
    expect(lines[2]).toMatch(/^tenant\s+tier\s+verdict\s+CPU p95\/cap \(cores\)\s+memory p95\/cap \(GiB\)/);
    expect(lines[3]).toMatch(/^-+ {2}-+/);
    expect(lines[4]).toMatch(/^acme\s+premium\s+resize\s+5\.4\/6\.34 \(85%\)/);
    expect(lines[6]).toMatch(/^globex\s+enterprise\s+fits/);
    expect(lines[4].indexOf('premium')).toBe(lines[6].indexOf('enterprise'));
  });

  it('explains each change: why, the YAML to write in the tenant file, the migration and the cost', () => {
    expect(text).toContain(
      [
        'acme: resize: nodes.min 2 → 3, nodes.desired 2 → 3',
        '  why: CPU p95 5.4 of 6.34 cores (85 %) is above 80 %: nodes.min 2 → 3',
        '  in tenants/acme.yaml:',
        '    overrides:',
        '      nodes: { min: 3, desired: 3, max: 6 }',
        '  monthly: 761.87 → 889.97 (+128.10) USD/month; budget of the premium tier 3,000.00 USD: 29.7 % (ok)',
      ].join('\n'),
    );
    expect(text).toContain('  migration (pooled → siloed): export and restore the data; steps: docs/pools.md#moving-a-tenant-from-standard-to-premium-pool-to-silo');
    expect(text).toContain('  note: security level enhanced → advanced');
    expect(text).toContain('globex: note: storage used 100 of 5000 GB');
    expect(text.trimEnd().split('\n').at(-1)).toBe('2 of 3 tenant(s) need a change. Not assessed (no usage record): hooli.');
  });
});
