import type { Estimator, EstimatorContext } from '../../context';
import type { CostComponent } from '../../model';
import { HOURS_PER_MONTH } from '../../catalog/schema';

/** Cloud SQL's disk size when settings.disk_size is absent, GB. */
export const CLOUD_SQL_DEFAULT_DISK_GB = 10;

/** Memory per vCPU of the legacy db-n1 tiers, GB (as Compute Engine's n1 types). */
const N1_MEMORY_PER_VCPU: Readonly<Record<string, number>> = { standard: 3.75, highmem: 6.5 };

/** vCPUs and memory (GB) of a dedicated-core tier: `db-custom-2-7680`, `db-n1-standard-4`. */
export function cloudSqlShape(tier: string): { vcpu: number; memoryGb: number } | undefined {
  const custom = /^db-custom-(\d+)-(\d+)$/.exec(tier);
  if (custom) return { vcpu: Number(custom[1]), memoryGb: Number(custom[2]) / 1024 };
  const n1 = /^db-n1-(standard|highmem)-(\d+)$/.exec(tier);
  if (n1) return { vcpu: Number(n1[2]), memoryGb: Number(n1[2]) * N1_MEMORY_PER_VCPU[n1[1]] };
  return undefined;
}

/**
 * Cloud SQL instance: vCPU-hours and GB-hours of memory (db-custom / db-n1 tiers) or a shared-core tier per hour,
 * plus storage per GB-month. availability_type REGIONAL runs a standby, so everything doubles.
 */
export const googleSqlDatabaseInstance: Estimator = (ctx) => {
  const tier = ctx.string('settings.tier');
  const edition = ctx.string('settings.edition', 'ENTERPRISE');
  const availability = ctx.string('settings.availability_type', 'ZONAL');
  const diskGb = ctx.number('settings.disk_size', CLOUD_SQL_DEFAULT_DISK_GB);
  const diskType = ctx.string('settings.disk_type', 'PD_SSD');
  const version = ctx.string('database_version', 'POSTGRES_16');
  if (ctx.unknowns.length > 0 || !tier || !edition || !diskType || diskGb === undefined) return [];
  if (version?.startsWith('SQLSERVER')) ctx.notes.push('SQL Server licence fees are not included');
  const copies = availability === 'REGIONAL' ? 2 : 1;
  const ha = copies === 2 ? ', regional' : '';
  const storage = ctx.line(`Storage (${diskGb} GB ${diskType}${ha})`, diskGb * copies, 'GB-months', 'sql-storage', diskType);
  return [...compute(ctx, tier, edition, copies, ha), storage];
};

function compute(ctx: EstimatorContext, tier: string, edition: string, copies: number, ha: string): (CostComponent | undefined)[] {
  const shape = cloudSqlShape(tier);
  if (!shape) return [ctx.hourly(`Instance (${tier}${ha})`, copies, 'sql-shared-core', tier)];
  const hours = HOURS_PER_MONTH * copies;
  return [
    ctx.line(`vCPUs (${shape.vcpu}, ${edition}${ha})`, shape.vcpu * hours, 'vCPU-hours', 'sql-vcpu', edition),
    ctx.line(`Memory (${shape.memoryGb} GB${ha})`, shape.memoryGb * hours, 'GB-hours', 'sql-memory', edition),
  ];
}
