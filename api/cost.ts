/**
 * `tenant-templates/cost`: monthly cost from dated price catalogues, tier budgets, and the budget gate. Adjust
 * prices with `withPriceOverrides` (or a plugin's `prices`).
 */
export { estimateCost, summarize } from '../lib/cost/estimate';
export type { EstimateOptions } from '../lib/cost/estimate';
export type { CostComponent, CostReport, CostStatus, ResourceCost } from '../lib/cost/model';
export { PRICE_CATALOGS, PriceCatalogError, loadPriceCatalog } from '../lib/cost/catalog';
export type { PriceCatalogs } from '../lib/cost/catalog';
export { HOURS_PER_MONTH, PRICE_UNITS, PriceCatalogSchema } from '../lib/cost/catalog/schema';
export type { PriceCatalog, PriceCatalogInput, PriceUnit } from '../lib/cost/catalog/schema';
export { PriceOverridesSchema, withPriceOverrides } from '../lib/cost/catalog/overrides';
export type { CloudPriceOverrides, PriceOverrides } from '../lib/cost/catalog/overrides';
export { checkBudget, DEFAULT_WARN_AT_PERCENT } from '../lib/cost/budget';
export type { Budget, BudgetCheck, BudgetStatus, CostLine } from '../lib/cost/budget';
export { addBudgetGate, estimateTenantCost, gateTenantCost } from '../lib/cost/budget-gate';
export type { BudgetGateOptions, TenantCost, TenantCostOptions } from '../lib/cost/budget-gate';
export { DEFAULT_USAGE, tenantUsage, usageAssumptions } from '../lib/cost/usage';
export type { UsageAssumptions } from '../lib/cost/usage';
export { ESTIMATORS } from '../lib/cost/estimators';
export type { Estimator, EstimatorContext } from '../lib/cost/context';
export { renderCostJson, CostFileSchema } from '../lib/cost/render/json';
export { renderCostMarkdown } from '../lib/cost/render/markdown';
export { renderCostTable } from '../lib/cost/render/table';
export { allocatePoolCost, PoolCostAllocationSchema } from '../lib/pool/cost';
export type { PoolCostAllocation } from '../lib/pool/cost';
