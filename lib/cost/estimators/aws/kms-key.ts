import type { Estimator } from '../../context';

/** KMS customer managed key: a monthly fee per key (requests are usage and not modelled). */
export const awsKmsKey: Estimator = (ctx) => [ctx.line('Customer managed key', 1, 'months', 'kms', 'key')];
