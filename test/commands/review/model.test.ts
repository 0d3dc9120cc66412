import { ReviewReportSchema, STACK_CHANGES, StackReviewSchema } from '../../../commands/review/model';
import { sampleReport } from './sample-report';

describe('ReviewReportSchema', () => {
  it('accepts a complete report', () => {
    expect(ReviewReportSchema.parse(sampleReport())).toEqual(sampleReport());
  });

  it('names what is wrong in a report of another shape', () => {
    const result = ReviewReportSchema.safeParse({ ...sampleReport(), version: 2 });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['version']);
  });

  it('knows the four stack changes and requires a cost per stack', () => {
    expect(STACK_CHANGES).toEqual(['added', 'removed', 'changed', 'unchanged']);
    const stack: Record<string, unknown> = { ...sampleReport().stacks[0] };
    expect(StackReviewSchema.safeParse(stack).success).toBe(true);
    delete stack.cost;
    expect(StackReviewSchema.safeParse(stack).success).toBe(false);
  });
});
