import { blocks } from '../../../terraform-json';
import type { Estimator } from '../../context';

/** Azure Monitor metric alert: per monitored time series per month (one per criteria block and scope). */
export const azurermMonitorMetricAlert: Estimator = (ctx) => {
  const criteria = Math.max(1, blocks(ctx.resource.values, 'criteria').length);
  const scopes = ctx.resource.values.scopes;
  const scopeCount = Array.isArray(scopes) ? Math.max(1, scopes.length) : 1;
  const series = criteria * scopeCount;
  return [ctx.line(`Alert rule (${series} time series)`, series, 'time-series-months', 'metric-alert', 'time-series')];
};
