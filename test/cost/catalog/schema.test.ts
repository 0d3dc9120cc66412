import { HOURS_PER_MONTH, PriceCatalogSchema } from '../../../lib/cost/catalog/schema';

const valid = {
  cloud: 'aws',
  currency: 'USD',
  effectiveDate: '2025-06-01',
  source: 'test',
  tables: { ec2: { unit: 'hour', description: 'instances' } },
  regions: { 'us-east-1': { ec2: { 't3.micro': 0.0104 } } },
};

describe('PriceCatalogSchema', () => {
  it('counts 730 hours in a month', () => {
    expect(HOURS_PER_MONTH).toBe(730);
  });

  it('accepts a dated, sourced catalogue', () => {
    expect(PriceCatalogSchema.safeParse(valid).success).toBe(true);
  });

  it('rejects an undeclared table, a region missing a table, negative prices and a bad date', () => {
    const undeclared = { ...valid, regions: { 'us-east-1': { ec2: {}, ebs: { gp3: 0.08 } } } };
    const missing = { ...valid, regions: { 'us-east-1': {} } };
    const negative = { ...valid, regions: { 'us-east-1': { ec2: { 't3.micro': -1 } } } };
    const date = { ...valid, effectiveDate: 'June 2025' };
    const messages = [undeclared, missing, negative, date].map((c) => {
      const r = PriceCatalogSchema.safeParse(c);
      return r.success ? 'ok' : r.error.issues[0].message;
    });
    expect(messages[0]).toMatch(/table 'ebs' is not declared/);
    expect(messages[1]).toMatch(/region 'us-east-1' has no 'ec2' table/);
    expect(messages[2]).not.toBe('ok');
    expect(messages[3]).not.toBe('ok');
  });
});
