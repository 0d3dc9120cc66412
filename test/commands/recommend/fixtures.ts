import { tenantOf } from '../../util';
import type { ResolvedTenant } from '../../../lib/model/resolve';
import { TenantUsageRecord, UsageInputError } from '../../../commands/recommend/usage';
import type { RuleInput } from '../../../commands/recommend/model';
import { classesIn } from '../../../commands/recommend/capacity';

/** Usage figures in short form: [p95, max] for CPU (cores) and memory (GiB). */
export interface UsageFigures {
  readonly cpu?: readonly [number, number];
  readonly memory?: readonly [number, number];
  readonly storageGb?: number;
  readonly dbStorageGb?: number;
  readonly dbCpu?: number;
  readonly connections?: number;
  readonly cache?: number;
}

/** A usage record; unspecified figures sit in the middle of the band for a premium AWS tenant. */
export function usageOf(figures: UsageFigures = {}, id = 'acme'): TenantUsageRecord {
  const [cpuP95, cpuMax] = figures.cpu ?? [3, 4];
  const [memP95, memMax] = figures.memory ?? [5, 6];
  return {
    id,
    cpu: { p95Cores: cpuP95, maxCores: cpuMax },
    memory: { p95GiB: memP95, maxGiB: memMax },
    storage: { usedGb: figures.storageGb ?? 500 },
    database: {
      cpuP95Percent: figures.dbCpu ?? 50,
      storageUsedGb: figures.dbStorageGb ?? 50,
      ...(figures.connections !== undefined ? { connectionsP95: figures.connections } : {}),
    },
    ...(figures.cache !== undefined ? { cache: { memoryP95Percent: figures.cache } } : {}),
  };
}

/** A rule input for a tenant, with the classes it runs on now (alone in its pool when pooled). */
export function ruleInput(tenant: ResolvedTenant, usage: TenantUsageRecord, periodDays = 30): RuleInput {
  const classes = classesIn(tenant.tier, tenant, [tenant]);
  return { tenant, usage, periodDays, databaseClass: classes.database, cacheClass: classes.cache };
}

export { tenantOf };

/** The problems a UsageInputError carries, or [] when `run` succeeds. */
export function usageProblems(run: () => unknown): readonly string[] {
  try {
    run();
    return [];
  } catch (e) {
    if (e instanceof UsageInputError) return e.problems;
    throw e;
  }
}
