import type { Estimator } from '../../context';

/** Elastic IP: every public IPv4 address is charged per hour, attached or idle (since February 2024). */
export const awsEip: Estimator = (ctx) => [ctx.hourly('Public IPv4 address', 1, 'public-ipv4', 'address')];
