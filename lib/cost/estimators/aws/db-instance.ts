import type { Estimator } from '../../context';

/** RDS's default storage type when `storage_type` is absent and no `iops` are set. */
export const RDS_DEFAULT_STORAGE_TYPE = 'gp2';

/**
 * RDS instance: instance class per hour and allocated storage per GB-month; Multi-AZ runs a standby, so both
 * double. The engine picks the table (`rds-postgres`); other engines are reported as missing from the catalogue.
 */
export const awsDbInstance: Estimator = (ctx) => {
  const instanceClass = ctx.string('instance_class');
  const engine = ctx.string('engine', 'postgres');
  const multiAz = ctx.boolean('multi_az', false);
  const storage = ctx.number('allocated_storage', 20);
  const storageType = ctx.string('storage_type', ctx.resource.values.iops !== undefined ? 'io1' : RDS_DEFAULT_STORAGE_TYPE);
  if (ctx.unknowns.length > 0 || instanceClass === undefined || engine === undefined) return [];
  const copies = multiAz ? 2 : 1;
  const az = multiAz ? ', Multi-AZ' : '';
  return [
    ctx.hourly(`Instance (${instanceClass}${az})`, copies, `rds-${engine}`, instanceClass),
    ctx.line(`Storage (${storage} GB ${storageType}${az})`, (storage ?? 0) * copies, 'GB-months', 'rds-storage', storageType ?? RDS_DEFAULT_STORAGE_TYPE),
  ];
};
