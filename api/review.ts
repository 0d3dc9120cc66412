/** `tenant-templates/review`: a pull-request review of two synths (changes, data-destroying removals, moves, cost, findings). */
export { reviewSynths } from '../commands/review/review';
export type { ReviewOptions } from '../commands/review/review';
export { readSynthFolder, ReviewInputError } from '../commands/review/folder';
export type { SynthFolder, SynthStack } from '../commands/review/folder';
export { ReviewReportSchema } from '../commands/review/model';
export type { ReviewReport, StackReview, TenantMove, DataDestroy, ReviewFinding, ReviewSummary, StackPlan, PlannedChange, PlanBlocker } from '../commands/review/model';
export { readPlanFile, PlanInputError } from '../commands/review/plan';
export type { PlanInput } from '../commands/review/plan';
export type { SynthFolderOptions } from '../commands/review/folder';
export { renderReviewMarkdown, REVIEW_MARKER } from '../commands/review/render/markdown';
export type { ReviewMarkdownOptions } from '../commands/review/render/markdown';
export { renderReviewJson } from '../commands/review/render/json';
