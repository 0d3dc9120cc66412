import { RIGHTSIZING_RULES } from '../../../../commands/recommend/rules';

describe('RIGHTSIZING_RULES', () => {
  it('holds every rule once, the informing ones without a fit', () => {
    expect(RIGHTSIZING_RULES.map((r) => [r.name, r.fit !== undefined])).toEqual([
      ['nodes', true],
      ['storage', true],
      ['database-storage', true],
      ['database-cpu', true],
      ['cache-memory', true],
      ['database-connections', false],
    ]);
  });
});
