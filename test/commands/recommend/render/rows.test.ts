import { SUMMARY_COLUMNS, costLine, footline, headline, monthlyCell, summaryRow } from '../../../../commands/recommend/render/rows';
import { fitting, movedUp, report, resized } from './fixture';

describe('summary rows', () => {
  it('have one cell per column: figures as p95/capacity (percent)', () => {
    expect(summaryRow(resized)).toEqual([
      'acme',
      'premium',
      'resize',
      '5.4/6.34 (85%)',
      '7.2/11.06 (65%)',
      '620/1000 (62%)',
      '58/100 (58%)',
      'nodes.min 2 → 3, nodes.desired 2 → 3',
      '761.87 → 889.97 (+128.10)',
    ]);
    expect(SUMMARY_COLUMNS).toHaveLength(summaryRow(resized).length);
  });

  it('show the monthly cost with its sign, alone when nothing changes, and flag a budget overrun', () => {
    expect(monthlyCell(fitting)).toBe('3,393.08');
    expect(monthlyCell(movedUp)).toBe('156.72 → 3,100.00 (+2,943.28) OVER BUDGET');
    expect(monthlyCell({ ...resized, cost: { ...resized.cost, deltaUsd: -1580.55 } })).toBe('761.87 → 889.97 (-1,580.55)');
  });

  it('explain the cost against the budget of the tier the tenant ends in', () => {
    expect(costLine(resized)).toBe('761.87 → 889.97 (+128.10) USD/month; budget of the premium tier 3,000.00 USD: 29.7 % (ok)');
    expect(costLine(movedUp)).toBe('156.72 → 3,100.00 (+2,943.28) USD/month; budget of the premium tier 3,000.00 USD: 103.3 % (over)');
  });

  it('head and foot the report', () => {
    expect(headline(report)).toBe(
      'Rightsizing from examples/usage.json: 2026-04-01 → 2026-05-01 (30 days); scale up above 80 % p95 or 95 % max of capacity, down below 30 % p95',
    );
    expect(footline(report)).toBe('2 of 3 tenant(s) need a change. Not assessed (no usage record): hooli.');
    expect(footline({ ...report, notAssessed: [], summary: { assessed: 3, fits: 3, changes: 0 } })).toBe('All 3 tenant(s) fit.');
  });
});
