import { money } from '../../../lib/cost/format';
import type { Utilization } from '../model';
import type { CostFigure, RecommendReport, TenantReport } from '../report';
import { figure } from '../text';

/** Columns of the summary table, shared by the table and markdown renderers. */
export const SUMMARY_COLUMNS = [
  'tenant',
  'tier',
  'verdict',
  'CPU p95/cap (cores)',
  'memory p95/cap (GiB)',
  'storage used/cap (GB)',
  'db storage used/cap (GB)',
  'recommendation',
  'monthly USD now → after',
] as const;

function ratio(u: Utilization | undefined): string {
  return u ? `${figure(u.p95)}/${figure(u.capacity)} (${Math.round(u.p95Percent)}%)` : '-';
}

function budgetFlag(c: CostFigure): string {
  return c.budgetStatus === 'over' ? ' OVER BUDGET' : '';
}

/** `770.61 → 1,030.21 (+259.60)`, or the current figure alone when nothing changes. */
export function monthlyCell(t: TenantReport): string {
  const { now, after, deltaUsd } = t.cost;
  if (!after || deltaUsd === undefined) return `${money(now.monthlyUsd)}${budgetFlag(now)}`;
  const sign = deltaUsd >= 0 ? '+' : '-';
  return `${money(now.monthlyUsd)} → ${money(after.monthlyUsd)} (${sign}${money(Math.abs(deltaUsd))})${budgetFlag(after)}`;
}

/** One summary row per tenant, in SUMMARY_COLUMNS order. */
export function summaryRow(t: TenantReport): string[] {
  const of = (metric: Utilization['metric']) => t.utilization.find((u) => u.metric === metric);
  return [t.id, t.tier, t.verdict, ratio(of('cpu')), ratio(of('memory')), ratio(of('storage')), ratio(of('databaseStorage')), t.summary, monthlyCell(t)];
}

/** `tenants/acme.yaml`-relative cost line: `770.61 → 1,030.21 USD/month (+259.60); premium budget 3,000.00 USD: 34.3 % (ok)`. */
export function costLine(t: TenantReport): string {
  const { now, after } = t.cost;
  const shown = after ?? now;
  const budget = `budget of the ${t.change?.tier ?? t.tier} tier ${money(shown.budgetUsd)} USD: ${shown.budgetPercent} % (${shown.budgetStatus})`;
  const incomplete = [...now.incomplete, ...(after?.incomplete ?? [])].length;
  return `${monthlyCell(t).replace(' OVER BUDGET', '')} USD/month; ${budget}${incomplete > 0 ? `; ${incomplete} resource(s) not fully priced` : ''}`;
}

/** The report's heading line: file, period and band. */
export function headline(report: RecommendReport): string {
  const t = report.thresholds;
  return (
    `Rightsizing from ${report.usageFile}: ${report.period.start} → ${report.period.end} (${report.period.days} days); ` +
    `scale up above ${t.scaleUpP95Percent} % p95 or ${t.scaleUpMaxPercent} % max of capacity, down below ${t.scaleDownP95Percent} % p95`
  );
}

/** `3 of 9 tenants need a change.` plus who was not assessed. */
export function footline(report: RecommendReport): string {
  const { assessed, changes } = report.summary;
  const line = changes === 0 ? `All ${assessed} tenant(s) fit.` : `${changes} of ${assessed} tenant(s) need a change.`;
  return report.notAssessed.length > 0 ? `${line} Not assessed (no usage record): ${report.notAssessed.join(', ')}.` : line;
}
