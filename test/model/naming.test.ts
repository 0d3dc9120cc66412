import { MAX_TENANT_ID_LENGTH, NAME_RULES, compactId, nameViolations, shortHash } from '../../lib/model/naming';

describe('tenant-derived names', () => {
  const longest = 'a'.repeat(MAX_TENANT_ID_LENGTH);

  it('bounds the id by the tightest limit it feeds (Azure Key Vault: 24 with a 5-character suffix)', () => {
    expect(MAX_TENANT_ID_LENGTH).toBe(19);
  });

  it('fits every name rule with the longest valid id', () => {
    expect(nameViolations(longest)).toEqual([]);
    for (const rule of NAME_RULES) expect(rule.build(longest).length).toBeLessThanOrEqual(rule.maxLength);
  });

  it('names the resource, the length and the limit when an id is too long', () => {
    expect(nameViolations(`${longest}a`)).toContain(
      `azure Key Vault name '${longest}a-${shortHash(`${longest}a`)}' would be 25 characters (limit 24)`,
    );
  });

  it('builds Azure storage account names of lowercase letters and digits only', () => {
    const rule = NAME_RULES.find((r) => r.resource === 'Storage account name')!;
    expect(rule.build('acme-health')).toMatch(/^[a-z0-9]{3,24}$/);
    expect(compactId('acme-health-eu')).toBe('acmehealtheu');
  });

  it('derives stable suffixes', () => {
    expect(shortHash('acme')).toBe(shortHash('acme'));
    expect(shortHash('acme')).not.toBe(shortHash('acme2'));
    expect(shortHash('acme')).toMatch(/^[0-9a-f]{4}$/);
  });
});
