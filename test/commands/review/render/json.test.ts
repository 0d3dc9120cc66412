import { renderReviewJson } from '../../../../commands/review/render/json';
import type { ReviewReport } from '../../../../commands/review/model';
import { sampleReport } from '../sample-report';

describe('renderReviewJson', () => {
  it('writes the report as two-space indented JSON that reads back equal', () => {
    const text = renderReviewJson(sampleReport());
    expect(text.startsWith('{\n  "version": 1,\n  "base": "base.out",')).toBe(true);
    expect(JSON.parse(text)).toEqual(sampleReport());
  });

  it('refuses a report that does not match the schema', () => {
    const broken = { ...sampleReport(), stacks: [{ ...sampleReport().stacks[0], change: 'renamed' }] } as unknown as ReviewReport;
    expect(() => renderReviewJson(broken)).toThrow(/change/);
  });
});
