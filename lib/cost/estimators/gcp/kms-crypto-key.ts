import type { Estimator } from '../../context';

/** Cloud KMS key: per active key version per month, by protection level (one version; rotation adds versions). */
export const googleKmsCryptoKey: Estimator = (ctx) => {
  const level = ctx.string('version_template.protection_level', 'SOFTWARE');
  if (level === undefined) return [];
  if (ctx.resource.values.rotation_period !== undefined) {
    ctx.notes.push('priced for one active version: each rotation adds a version billed until it is destroyed');
  }
  return [ctx.line(`Active key version (${level})`, 1, 'months', 'kms', level)];
};
