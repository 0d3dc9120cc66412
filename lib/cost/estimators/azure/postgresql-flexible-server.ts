import type { Estimator } from '../../context';

/** Flexible Server storage when `storage_mb` is absent: 32 GiB. */
export const FLEXIBLE_SERVER_DEFAULT_STORAGE_MB = 32768;

/**
 * PostgreSQL Flexible Server: compute by SKU per hour and storage per GiB-month. High availability (zone-redundant
 * or same-zone) runs a standby billed like the primary, so compute and storage double.
 */
export const azurermPostgresqlFlexibleServer: Estimator = (ctx) => {
  const sku = ctx.string('sku_name');
  const storageMb = ctx.number('storage_mb', FLEXIBLE_SERVER_DEFAULT_STORAGE_MB);
  const haMode = ctx.string('high_availability.mode');
  if (ctx.unknowns.length > 0 || sku === undefined || storageMb === undefined) return [];
  const copies = haMode === 'ZoneRedundant' || haMode === 'SameZone' ? 2 : 1;
  const ha = copies === 2 ? `, HA ${haMode}` : '';
  const gb = storageMb / 1024;
  return [
    ctx.hourly(`Compute (${sku}${ha})`, copies, 'postgres-flexible', sku),
    ctx.line(`Storage (${gb} GiB${ha})`, gb * copies, 'GB-months', 'postgres-flexible-storage', 'premium'),
  ];
};
