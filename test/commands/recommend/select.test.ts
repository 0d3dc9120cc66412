import { selectTenants } from '../../../commands/recommend/select';
import { tenantOf, usageOf, usageProblems } from './fixtures';

const tenants = [tenantOf({ tier: 'premium', id: 'acme' }), tenantOf({ tier: 'free', id: 'initrode' }), tenantOf({ tier: 'enterprise', id: 'globex' })];
const period = { start: '2026-04-01', end: '2026-05-01' };
const options = { tenantsDir: 'tenants/', usageFile: 'usage.json' };


describe('selectTenants', () => {
  it('pairs records with tenants in folder order and lists the tenants without a record', () => {
    const { assessed, notAssessed } = selectTenants({ period, tenants: [usageOf({}, 'globex'), usageOf({}, 'acme')] }, tenants, options);
    expect(assessed.map((a) => [a.tenant.spec.id, a.usage.id])).toEqual([
      ['acme', 'acme'],
      ['globex', 'globex'],
    ]);
    expect(notAssessed).toEqual(['initrode']);
  });

  it('keeps only the tenants asked for', () => {
    const { assessed, notAssessed } = selectTenants({ period, tenants: [usageOf({}, 'globex'), usageOf({}, 'acme')] }, tenants, { ...options, only: ['globex'] });
    expect(assessed.map((a) => a.tenant.spec.id)).toEqual(['globex']);
    expect(notAssessed).toEqual([]);
  });

  it('names a record for an unknown tenant, the folder and the known ids', () => {
    expect(usageProblems(() => selectTenants({ period, tenants: [usageOf({}, 'acme'), usageOf({}, 'wayne')] }, tenants, options))).toEqual([
      "usage.json: tenants[1].id: no tenant 'wayne' in tenants/ (known: acme, initrode, globex); fix the id, remove the record or pass the right --tenants-dir",
    ]);
  });

  it('names a --tenant that does not exist or has no record', () => {
    expect(usageProblems(() => selectTenants({ period, tenants: [usageOf({}, 'acme')] }, tenants, { ...options, only: ['nope', 'globex'] }))).toEqual([
      "--tenant 'nope': no tenant with that id in tenants/ (known: acme, initrode, globex); fix the id",
      "usage.json: no usage record for tenant 'globex' (--tenant); add one or drop --tenant globex",
    ]);
  });
});
