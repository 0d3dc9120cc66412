/** `tenant-templates/recommend`: rightsizing from measured usage, with the cost effect through the budget gate. */
export { recommendFromUsage, RecommendReportSchema } from '../commands/recommend/report';
export type { RecommendOptions, RecommendReport, TenantReport } from '../commands/recommend/report';
export { recommendTenant } from '../commands/recommend/recommend';
export type { TenantRecommendation, Verdict } from '../commands/recommend/recommend';
export { readUsageExport, parseUsageJson, parseUsageCsv, UsageExportSchema, UsageInputError } from '../commands/recommend/usage';
export type { UsageExport, TenantUsageRecord } from '../commands/recommend/usage';
export { estimateRecommendation, estimateTenantState } from '../commands/recommend/cost-effect';
export type { CostEffect, CostState } from '../commands/recommend/cost-effect';
export { renderRecommendTable } from '../commands/recommend/render/table';
export { renderRecommendMarkdown } from '../commands/recommend/render/markdown';
export { renderRecommendJson } from '../commands/recommend/render/json';
