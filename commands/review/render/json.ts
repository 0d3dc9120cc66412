import { ReviewReport, ReviewReportSchema } from '../model';

/** The review as JSON: the report checked against `ReviewReportSchema` (its shape's single source), two-space indented. */
export function renderReviewJson(report: ReviewReport): string {
  return `${JSON.stringify(ReviewReportSchema.parse(report), null, 2)}\n`;
}
