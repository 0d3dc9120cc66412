import { renderRecommendJson } from '../../../../commands/recommend/render/json';
import { RecommendReportSchema } from '../../../../commands/recommend/report';
import { report } from './fixture';

describe('renderRecommendJson', () => {
  it('prints the report as JSON that parses back against the schema', () => {
    const parsed = RecommendReportSchema.parse(JSON.parse(renderRecommendJson(report)));
    expect(parsed.tenants.map((t) => t.verdict)).toEqual(['resize', 'tier-up', 'fits']);
    expect(parsed.tenants[1].change?.yaml).toBe('tier: premium\n');
  });

  it('refuses a report that does not match its schema', () => {
    expect(() => renderRecommendJson({ ...report, tenants: [{ ...report.tenants[0], verdict: 'maybe' as never }] })).toThrow(/verdict/);
  });
});
