import { RecommendReport, RecommendReportSchema } from '../report';

/** The report as JSON, checked against RecommendReportSchema first so what is printed is what the schema says. */
export function renderRecommendJson(report: RecommendReport): string {
  return `${JSON.stringify(RecommendReportSchema.parse(report), null, 2)}\n`;
}
