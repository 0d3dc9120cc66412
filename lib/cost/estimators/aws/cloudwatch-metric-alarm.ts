import { blocks } from '../../../terraform-json';
import type { Estimator } from '../../context';

/** Alarms evaluating more often than once a minute are high-resolution alarms. */
const HIGH_RESOLUTION_BELOW_SECONDS = 60;

/** CloudWatch alarm: per metric per month (a metric-math alarm pays for each metric it reads). */
export const awsCloudwatchMetricAlarm: Estimator = (ctx) => {
  const period = ctx.number('period', 60);
  if (period === undefined) return [];
  const metrics = Math.max(1, blocks(ctx.resource.values, 'metric_query').filter((q) => q.metric !== undefined).length);
  const resolution = period < HIGH_RESOLUTION_BELOW_SECONDS ? 'high-resolution' : 'standard';
  return [ctx.line(`Alarm (${metrics} metric${metrics > 1 ? 's' : ''}, ${resolution})`, metrics, 'alarm-months', 'cloudwatch-alarm', resolution)];
};
